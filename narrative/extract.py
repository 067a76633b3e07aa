"""Statement extraction: quotations and reported speech, attributed to their speakers.

``extract(text, segments)`` returns one dict per statement with the columns
of ``schema.STATEMENTS`` that this stage knows (speaker, speaker_role,
speaker_mention, kind, cue, text, start, end). The steps, per body paragraph:

1. every speech cue of ``lexicons/cues.yaml`` (verbs, "according to", passives
   "was criticized by", nouns "the contention that") gives a candidate;
2. its speaker is the subject of the cue's clause (appositives, relative
   pronouns, "He", "The newspaper" resolved to earlier mentions), checked
   against ``lexicons/speakers.yaml``;
3. its content runs from after the cue (addressee, dates, "that" skipped) to
   the end of the clause; content that is one quotation is ``direct``, quoted
   fragments with paraphrase ``partial``, none ``indirect``;
4. quotations left over are attributed to a cue next to them
   ("“...,” he said"), to the speaker of the statement just before, or to the
   named person the sentence or paragraph before is about ("Zahraa remembers
   the last argument. “...”"); a quotation left open over paragraphs is one
   statement; a wire lead's unnamed speaker ("A senior commander of the IRGC
   said") is the person the next paragraphs name and quote;
5. each reader comment is one statement by its commenter, and each answer of
   an interview transcript ("Akbari: ...") a direct statement by the person the
   label names (an embedded post: by its account holder); sentences with no
   statement are the author's ``narration``.
"""
from __future__ import annotations

import operator
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import chain

from .cues import DAYS, MONTHS
from .cues import WORD as CUE_WORD
from .cues import compiled as compiled_cues
from .speakers import (ABBREVIATIONS, AGE_MODIFIER, DATE_WORDS, DETERMINERS, HEAD_ENDS, LOCATIVE, NOUN_MODIFIER,
                       OPENING_PREPOSITIONS, OPENING_WORDS, PRONOUNS, TOKEN, Registry, capitalised, clean_mention,
                       noun_phrase)
from .segment import CODED_SOURCE as segment_coded_source
from .segment import patterns as segment_patterns
from .text import quote_spans, sentence_spans

ANAPHOR_NOUNS = r"(?:view|views|claim|claims|position|sentiment|line|message|assessment|point|argument|stance|" \
                r"theme|themes|narrative|warning|call)"
# "later that night": a demonstrative before a time noun opens no clause.
TIME_NOUNS = r"(?:day|night|week|month|year|morning|afternoon|evening|time)"
SUBORDINATORS = r"(?:though|although|while|whereas|because|but|since|as|when|after|before|if|whether|yet|so)"
# The first letters of SUBORDINATORS and "that": a lookahead on them fails most word starts before the
# look-behinds and the alternation are tried (the matches are the same).
_SUBORDINATOR_FIRSTS = "".join(sorted({w[0] for w in SUBORDINATORS[3:-1].split("|")} | {"t"}))
CLAUSE_BREAKS = [re.compile(p, re.IGNORECASE) for p in
                 (r";\s*", r":\s+", r"\s[–—]\s*(?=which|who)",
                  # "a commander identified only as Abu Ali said": that "as" names the subject, it opens no clause
                  rf"\b(?=[{_SUBORDINATOR_FIRSTS}])(?<!introduced )(?<!identified )(?<!known )(?<!only )"
                  rf"(?:{SUBORDINATORS}|that(?!\s+(?:{ANAPHOR_NOUNS}|{TIME_NOUNS})\b))\s+(?=\S)")]
COMMA_BREAKS = [re.compile(rf",\s*(?:(?:and|but|so|yet|{SUBORDINATORS})\s+|(?=(?:which|who)(?:\s|,\s)))", re.IGNORECASE),
                # ("ran the headline “...,” and its editorial described": the comma inside the quotation)
                # ('a commentary headlined "...," which argued that': the relative clause after the quotation)
                re.compile(r"(?<=,[”\"])\s*(?:(?:and|but)\s+|(?=(?:which|who)\s))")]
ALL_BREAKS = CLAUSE_BREAKS + COMMA_BREAKS
STRONG_BREAKS = CLAUSE_BREAKS[:3]  # ";", ":" and a dash before "which"/"who", not a subordinator
# A person's name in full: two to four capitalised words ("Hossein Akbari", "Abu Hamza al-Hamawi").
# A relayed speaker's label opening a post: "Prime Minister Benjamin Netanyahu: “...”", "Hezbollah
# statement: ..." (not "Statement of the armed forces: ...", the title of the account's own statement).
POST_LABEL = re.compile(r"(?P<label>(?!(?i:statement|communiqu|announcement|message)\b)[A-Z][^:\n“”\"]{1,80}?"
                        r"(?P<doc>\s(?:statement|communiqu[eé]|announcement|message))?)\s*:\s+(?=\S)")
# A parliament record's member ("NAME (Kenbury) (Con)") and office-holder ("The Minister for the Middle East
# (NAME):", the office before the name).
PARTY_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*){0,2}" + segment_patterns()["party_tag"].pattern)
# A person named with a description after the name or as a text's author: "Dr NAME, a senior lecturer at ...",
# "The paper's lead editorial, by NAME, ...".
_NAME_WORDS = r"[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+)?[A-Z][\w'’-]+){1,2}\b"
DESCRIBED_NAME = re.compile(rf"\b(?P<piece>editorial|column|article|op-ed|commentary|analysis|essay|piece)s?"
                            rf"(?:\s+(?:in|for)\s+(?:the\s+)?[^,;:.“”\"()]{{1,60}}?)?,?\s+(?:written\s+)?"  # ("a column in the daily X by")
                            rf"by\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<by>{_NAME_WORDS})|"
                            rf"\b(?P<name>{_NAME_WORDS}),\s+(?:\d{{1,3}},\s+)?(?:a|an)\s+(?P<app>[^,;:.“”\"()]{{3,80}}?)"
                            rf"(?=[,;.)]|\s+(?:who|which)\b)|"
                            # "quoted Dr. NAME, who teaches political science at ...": a person described by a clause
                            rf"\b(?P<who>{_NAME_WORDS}),\s+who\s+(?:also\s+|now\s+)?(?:[a-z]+s|has|had|was|is|used)\s")
# The possessor just before a noun cue: "The appellant's", "Iran's", "the Secretary of State's own"; or "his".
NOUN_POSSESSOR = re.compile(r"(?:((?:\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?(?:[A-Z][\w.’'-]*\s+(?:of\s+(?:the\s+)?)?){0,4}"
                            r"[\w.’'-]+?)[’']s|\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts))\s+(?:own\s+|main\s+|stated\s+|"
                            r"official\s+|oral\s+|written\s+)?$")
OWN_VIEW = re.compile(r"\b(his|her|their|its)\s+(?:view|opinion|words)$", re.IGNORECASE)  # an "according" cue
PAREN_TITLE = re.compile(r"[ \t]?\(([A-Z][^()\n]{3,80})\)")  # "NAME (Secretary of State for Defence)"
# A subject set off by a reporting clause: "Markets, she told the paper, ..." (not the one who speaks)
TOPIC_THEN_PRONOUN = re.compile(r",\s+(?:he|she|they)\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|wrote|writes|"
                                r"argued|argues|insisted|insists|noted|notes|claimed|claims|warned|warns)\b")
SECTION_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,4})[.)][ \t]*")  # "2. ", "IV) " opening a heading's line
HEADLINE_SPEAKER = re.compile(r"([A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,3}):[ \t]+(?=\S)")  # "Gallant: Iran ..."
# A title alone on the line under a name alone on its own: "NAME\nMinister of State (Middle East)\n".
TITLE_LINE = re.compile(r"[ \t]*\n[ \t]*([A-Z][^\n.:;!?]{2,70})[ \t]*\n")
# A broadcast transcript's label, from the comma after the name: the role in capitals, then brackets.
CAPS_LABEL_ROLE = re.compile(r"[^,:\n]+,\s*([A-Z][A-Z0-9.,'’&\s-]*?)\s*(?:\([^()\n]*\)\s*){0,3}:\s*$")
SMALL_CAPS_WORDS = frozenset(["OF", "FOR", "THE", "AND", "AT", "ON", "IN", "TO"])
OFFICE_LABEL = re.compile(r"(?:^|\n)[ \t]*((?:The )?[A-Z][^\n()]{2,80}?)[ \t]*\($")
OUR_BEFORE = re.compile(r"\b(?i:my|your|our)\s+$")
CONCESSIVE = re.compile(r"\b(?i:whatever|no matter what|regardless of what)\s+(?:[\w'’.-]+\s+){0,4}$")
PERSON_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][\w'’-]+){1,3}\b")
# A character that the name patterns of ``Extractor._answer`` never match: no match spans it.
# Where the clause before a name starts: a sentence end or a full stop (unless a title's, see _role_before).
# A research text's code for an interviewee or respondent ("Interview 14", "Respondent 3", "R7").
CODED_SOURCE = re.compile(segment_coded_source)
TO_WHOM_COLON = re.compile(r"\s+to\s+[^:;.“”\"\n]{1,60}?:\s*")
LEAD_BREAK = re.compile(r"[.;:!?\n]|,\s+and\s")  # ("Dr X of the Institute, and Commodore NAME": not the Institute's)
WORD_BEFORE = re.compile(r"[A-Za-z]+$")
NAME_BARRIER = re.compile(r"[^\w'’\-\s]")
ADVERBIAL_START = re.compile(
    r"^(?:in|on|at(?!\s+(?:least|most)\b)|under|below|beneath|for|during|after|before|since|meanwhile|however|nonetheless|moreover|furthermore|earlier|"
    r"later|also|but|and|yet|still|then|yesterday|last|apparently|instead|indeed|separately|similarly|"
    r"likewise|meanwhile|by contrast|in addition|for example|for instance|thus|so|now|today|again|once|"
    r"as a result|as usual|as always|as ever|as expected|as before|backed by|speaking|by|"
    r"(?:late|early)\s+(?:on|in|last|this|that|yesterday|today))\b", re.IGNORECASE)
# "When we published the page, ...": a subordinate clause before the subject.
# A subject's appositive set in commas right before its verb: ", the spokesman of Iran's diplomatic service, ".
SET_OFF_APPOSITIVE = re.compile(r"\s*,\s+(?:the|a|an|his|her|its|their|who|which)\s[^,;:“”\"]{1,100},\s*")
# A new clause after an as-complement in quotation marks: "..., but he spent", "“...,” and Tehran".
AFTER_AS_QUOTE = re.compile(r"\s*,?\s+(?:but|and|while|yet|though|although)\s+(?:he|she|it|they|[A-Z]|(?:then\s+)?[a-z]+ed\b)")
# A condition or time clause fronted before a reporting clause set in commas: "If the truce collapsed, he added, ..."
# A piece's author after it: " in the hardline daily Vatan-e Emrooz by NAME"
SIGNED_BY = re.compile(rf"(?:\s+(?:in|for|of)\s+(?:the\s+)?[^,;:.“”\"()]{{1,60}}?)?,?\s+(?:(?:was|is)\s+)?(?:written\s+)?by\s+"
                       rf"(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?P<by>{_NAME_WORDS})")
# A sentence's subject that is a piece, to its head noun: "The most quoted column (of the week was by NAME)"
PIECE_AT = re.compile(r"(?:[Tt]he|[Aa]n?|[Tt]his)\s+(?:[a-z][\w\-]*\s+){0,2}(?:column|editorial|op-ed|commentary|essay)\b")
# "In the column ...:", "the editorial then quotes X:": a lead-in that names the piece
IN_THE_PIECE = re.compile(r"\b((?:[Tt]he|[Tt]his)\s+(?:column|editorial|op-ed|commentary|essay|piece))\b")
# "whose editorial", "whose spokesman": a body's voice in a relative clause, which speaks for its antecedent
WHOSE_VOICE = re.compile(r",\s+whose\s+(?:[\w\-]+\s+){0,2}?(?:editorial|column|front\s+page|headline|statement|"
                         r"website|commentary|op-ed|lead\s+article)\s*$")
# The nouns of a signed piece: "the column" is its author's ("a column in the daily X by NAME")
PIECE_NOUNS = frozenset("editorial column article op-ed commentary essay piece".split())
# A sentence about someone's death
DIED = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:killed|martyred|executed|buried|shot\s+dead)\b|"
                  r"\b(?:died|was\s+born)\b")
# "Reza’s cousin", "Ali’s younger brother": a relative, named by whose they are
OWNER_OF_KIN = re.compile(r"([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)[’']s\s+(?:(?:younger|elder|older|eldest|youngest)\s+)?"
                          r"([a-z]+)\b")
# Events a time phrase is named after: "after the November strikes", "before the vote"
EVENT_NOUNS = (r"strikes?|attacks?|raids?|bombings?|killings?|meeting|talks|vote|election|summit|war|operation|ceasefire|"
               r"truce|deal|announcement|speech|funeral|incident|explosions?|clashes")
# A time phrase right before a verb: " after the November strikes " (group 1: its preposition and space)
TIME_PHRASE_END = re.compile(r"\s((?:after|before|following|since|until)\s+)(?:the|a|an|its|his|her|their|this|last)\s+"
                             rf"(?:[\w\-]+\s+){{0,2}}?(?:{EVENT_NOUNS})\s*$", re.IGNORECASE)
# What a writer's bio says he writes: a publication's name or a kind of writing, and where or for whom
WRITES_WHAT = re.compile(r"(?:(?:a|an|the|his|her)\s+(?:[\w\-]+\s+){0,2}?(?:column|blog|newsletter|substack|books?|"
                         r"novels?|poetry|poems|memoirs?|essays|letters?|regularly|often)|(?:The\s+)?[A-Z][\w’'\-]*"
                         r"(?:\s+[A-Z][\w’'\-]*){0,3})(?:\s+(?:for|from|in|at|on|about|to)\s+[^,;:“”\"]{1,60})?")
# "what Tehran is telling", "what the papers were saying": the topic of a headline or a sentence
WHAT_PROGRESSIVE = re.compile(r"\b[Ww]hat\s+(?:[\w’'\-]+\s+){1,4}?(?:is|are|was|were)\s+$")
# "It is worth", "It was clear": a dummy subject, no one who speaks
EXPLETIVE_IT = re.compile(r"It\s+(?:is|was|would\s+be|will\s+be|has\s+been|seems|seemed)\s+(?:\w+\s+){0,2}?"
                          r"(?:worth|clear|hard|easy|important|difficult|necessary|possible|impossible|likely|unlikely|"
                          r"true|striking|notable|telling|tempting|useful|fair)\b")
LOCAL_TIME = re.compile(r"(?:[A-Z][\w\-]+\s+){1,2}time\s*,\s*")  # "Toronto time," after an opener's hour
GERUND_FIRST = re.compile(r"\s*[a-z]+ing\b")
# "In the same statement ", "At a rally in Qom ": a phrase opening a sentence without its comma, before a name
OPENER_NP = re.compile(r"(?:In|At|On|During)\s+(?:the|a|an|his|her|its|their)\s+"
                       r"(?:(?!(?:on|in|at|of|to|from|by|with|for|and|or)\b)[a-z][\w\-]*\s+){1,3}(?=[A-Z][a-z])")
# A relative pronoun right before a pronoun subject: "..., which he accused of", "whom she called"
RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:which|whom|that)\s+$")
# A preposition of place right before a mention: "a house in Erbil", "flew to Baghdad"
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|across|over)\s+(?:the\s+)?$")
# The end of a sentence (or a paragraph) between two mentions
SENTENCE_END = re.compile(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘])|\n")
# A copula ending the words before a reporting clause: the sentence goes on after it ("The advice was, he said, ...")
COPULAS = frozenset("was is were are be been remains remained".split())
FRONTED_CONDITION = re.compile(r"(?:if|unless|once|when|whenever|until|should|as\s+long\s+as)\s[^,;:“”\"]{2,80},\s+$",
                               re.IGNORECASE)
SUBORDINATE_OPENER = re.compile(r"^(?:when|whenever|while|whilst|although|though|because|once|until|unless)\s", re.IGNORECASE)
SUBORDINATE_OPENER_AT = re.compile(SUBORDINATE_OPENER.pattern[1:], re.IGNORECASE)  # the same, matched at an offset
# "The day after the meeting, the officials said, ...": a time phrase opening the sentence, no clause
# ("Since the clash on May 27, the 29-year-old said, ...", but not "Since X killed Y, he said")
TIME_NP_OPENER = re.compile(r"^(?:(?:The|A|One|Two|Three|That|Hours|Days|Weeks)\s+(?:[\w\-]+\s+)?(?:days?|weeks?|"
                            r"months?|years?|hours?|night|morning|afternoon|evening)?\s*(?:after|before)|Since"
                            r"(?![^,]*\b(?:[a-z]{3,}ed|was|were|had|has|is|are)\b))\s[^,;:“”\"]{2,100},")
# "Speaking to the crowd, ...", "Asked about the reports, ...", "Mostly, ...", "Shortly after the vote, ...",
# "Hours before the strike, ...": an opener, not a subject.
OPENER = re.compile(r"^[A-Z][a-z]{2,}(?:ing|ed)\s+(?:to|about|by|at|in|on|whether|if|why|how|what|a|an|the|his|her|"
                    r"their|its|with|from|for|after|before|over|during)\b|^[A-Z][a-z]{2,}ly\s*,|"
                    r"^(?:[A-Z][a-z]{2,}ly|Soon|Just|Right|Moments|Minutes|Hours|Days|Weeks|Months|Years)\s+"
                    r"(?:after|before|following|later|afterwards|into)\b")
# An adverbial opener without a comma, then a pronoun subject: "On Nov. 5 it said", "In Qom he told".
_OPENER_WORDS = (r"(?:in|on|at|under|below|beneath|above|during|after|before|later|earlier|last|this|yesterday|today|then|meanwhile|from|since|by|until|"
                 r"for|the\s+(?:next|following|same|previous)|that\s+(?:day|morning|afternoon|evening|night|week)|"
                 r"(?:a|one|two|three|several)\s+(?:hours?|days?|weeks?)\s+later|hours\s+later|days\s+later)\b")
OPENER_PRONOUN = re.compile(_OPENER_WORDS + r"[^,;:“”\"\n]{0,80}?\s(he|she|they|it)\s+", re.IGNORECASE)
SUBORDINATOR_BEFORE = re.compile(r"\b(?:before|after|when|once|while|until|since|because)\s+$", re.IGNORECASE)
PRONOUN_THEN_PRONOUN = re.compile(r"(?:he|she|they|it)\s+[a-z]+(?:\s+[a-z]+){0,3}\s+(he|she|they|it)\b", re.IGNORECASE)
OPENER_PRONOUN_LAST = re.compile(_OPENER_WORDS + r"[^,;:“”\"\n]{0,80}\s(he|she|they|it)\s+", re.IGNORECASE)
# A name addressed, then the subject: ", the Iranian foreign ministry spokesman, Bahram Qasemi, " (said).
VOCATIVE = re.compile(r",\s+(?P<desc>(?:the|a|an|its|their|his|her)\s[^,;:“”\"\n]{3,80}?),\s+[A-Z][^,;:“”\"\n]{2,60},\s*")
# Who is quoted next, presented: "This is Hassan Nasrallah, speaking in Beirut: “...”".
PRESENTED = re.compile(r"(?:[Tt]his|[Hh]ere|[Tt]hat) is\s+(?=[A-Z])")
# ... or an owner's possessive: "On Friday its editorial board wrote".
OPENER_OWNER = re.compile(_OPENER_WORDS + r"[^,;:“”\"\n]{0,60}?\s((?:his|her|their|its)\s)", re.IGNORECASE)
DUMMY_IT = re.compile(r"it\s+(?:is|was|has been|had been|will be|would be|seems|seemed|appears|appeared|"
                      r"remains|turns out|turned out)\b", re.IGNORECASE)
# "whom it described as", "which they called": a pronoun subject inside a relative clause.
AUXILIARY = re.compile(r"\b(?:would|will|is|are|was|were|has|have|had|could|can|cannot|must|should)\b")
FINITE = re.compile(r"[“”\"]|" + AUXILIARY.pattern)
WHO_BEFORE = re.compile(r"\s+who\s+(?:\w+ly\s+)?$")
# A time between a noun and its relative clause: "a former officer last night who ...", "an aide on Monday who".
TIME_TAIL = re.compile(r"(?:\s+(?:last\s+(?:night|week|month|year)|yesterday|this\s+(?:morning|week|month)|"
                       r"on\s+[A-Z][a-z]+day|in\s+(?:[A-Z][a-z]+|\d{4})))?$")
FROM_PLACE = re.compile(r"(?:\s+(?:from|in)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})?$")
NOUN_DET_BEFORE = re.compile(r"\b(?:the|a|an|amid|of|his|her|its|their)\s+$", re.IGNORECASE)
# "fighters of Kataib Hezbollah, one of whom said": a member of the noun phrase before the comma speaks.
OF_WHOM = re.compile(r",\s+(?:one|some|two|three|several|many|most|each|both|all|none|a\s+few)\s+of\s+whom\s+"
                     r"(?:(?:can|could|may|is|was)\s+(?:be\s+)?(?:heard|seen)\s+)?",
                     re.IGNORECASE)
RELATIVE_PRONOUN = re.compile(r"\b(?:whom|which|that|who|what)(?:\s+|\s*,\s*)(he|she|they|it)\b(?=[^,;:“”\"]*$)", re.IGNORECASE)
PAREN_PRONOUN = re.compile(r",[”\"]?\s+(he|she|they|it)\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # (“...,” he said)
LEADING_CONJ = re.compile(r"^(?:but|and|so|yet|however|then|still|instead|also|meanwhile)\b[,\s]*(?:even\s+)?", re.IGNORECASE)
LEADING_CONJ_AT = re.compile(LEADING_CONJ.pattern[1:], re.IGNORECASE)  # the same, matched at an offset
BULLET = re.compile(r"[-–•·●*]\s+")  # a list item's mark ("- Asked about X, he said"): no word of the sentence
# "Residents of the Shahinshahr district north-west of the city told": a named place's noun and bearing
PLACE_TAIL = (r"(?:\s+(?:district|province|region|area|city|town|village|neighbou?rhood|quarter|camp|suburb|county|"
              r"governorate|(?:border\s+)?crossing|checkpoint|market|bazaar|port|hospital|refinery))?(?:\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?[\w\-’']+)?")
# "An adviser to the Iranian negotiating team, who ..., dismissed": the body's lower-case head after its modifier
# ("The chairwoman of the Meghri orchard growers’ cooperative said": two modifiers, one of them possessive)
BODY_TAIL = (r"(?:(?:\s+[a-z][\w\-]*)?(?:\s+[a-z][\w\-]*[’'])?\s+(?:team|delegation|committee|council|mission|panel|bloc|"
             r"caucus|cooperative|co-operative|union|association|federation|society|board))?")
FILLER = re.compile(
    rf"^{PLACE_TAIL}{BODY_TAIL}(?:\s+(?:here|there)\b)?"  # ("A Western diplomat here, over coffee, told me")
    # "The army’s statement of 26 October said": a date
    rf"(?:\s+(?:of|dated)\s+(?:\d{{1,2}}\s+{MONTHS}|{MONTHS}\s+\d{{1,2}})(?:,?\s+\d{{4}})?)?"
    # "An association of lorry owners in Iran's East Azerbaijan province said": its members, no determiner
    r"(?:\s+of\s+(?-i:[a-z][\w\-]*\s+[a-z][\w\-]*s\b(?=\s+(?:in|from|at|of)\s+[A-Z])))?"
    r"(?:\s+(?:close to|based in|(?:now\s+)?living\s+in|in|on|from|at|near|with|for|of|"
    r"(?:allied|aligned|affiliated|embedded)\s+with|(?:backed|supported|funded|armed)\s+by|linked\s+to|loyal\s+to|"
    r"(?:interviewed|contacted|reached|questioned|quoted|cited)\s+by|"
    # "The U.S.-led coalition fighting Islamic State said": a participle's object is not the speaker
    r"fighting|battling|backing|supporting|opposing|leading|running|monitoring|overseeing|representing|"
    r"investigating|defending|guarding)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|northern|southern|eastern|western|central)\s+)?"  # ("force in south Lebanon")
    r"[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,3}"
    rf"{PLACE_TAIL}"
    # "Fighters on the front line, speaking to our correspondent, complained": a lower-case place (and "a presenter on
    # the state broadcaster’s news channel told": its owner's).
    r"|\s+(?:on|in|at|of|near|from|inside|outside|along|across|opposite|fighting|monitoring|overseeing|investigating|"
    r"representing|guarding)\s+(?:(?:one|two|three|some|many|several|each|both|all|most)\s+of\s+)?"
    r"(?:the|a|an|their|its|[\w\-]+[’']s)\s+(?:[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?[’']s\s+)?[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}"
    # ("The UN special rapporteur on the human rights situation in Iran said": a name closes the phrase)
    r"(?:\s+(?:in|of|at|on)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2})?"
    # "A young man beside her, who would not give his name, said": the one just quoted was near
    r"|\s+(?:beside|behind|alongside|next\s+to|near|with)\s+(?:her|him|them)"
    # "A senior official in the “axis of resistance” told": a name in quotation marks
    r"|\s+(?:in|of|from|inside|within|close to)\s+(?:the\s+)?[“\"][^“”\"\n]{1,40}[”\"])?"
    # "A senior officer who spoke on condition of anonymity told ...", "Residents who fled the fighting said": a
    # relative clause without commas
    r"(?:\s+(?:who|whose)\s+[^,;:“”\"]{2,80}?)?"  # (not "a volunteer who wrote": "who" is the subject there)
    # "A US official familiar with the assessments told ...", "A Qatari official briefed on the arrangement said"
    r"(?:\s+(?:(?:familiar|involved|acquainted)\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of)"
    r"\s+[^,;“”\"]{1,60}?)?"
    # "A senior officer briefing reporters claimed", "an official speaking to journalists said": the audience
    r"(?:\s+(?:(?:speaking|talking)\s+(?:to|with)|briefing)\s+(?:foreign\s+|local\s+|visiting\s+)?(?:reporters|"
    r"journalists|correspondents|the\s+press|the\s+media|diplomats|lawmakers))?"
    # "An Omani official I have known for years told me": a contact clause of the writer's
    r"(?:\s+(?:I|we)\s+(?:have\s+|had\s+)?(?:known|met|interviewed|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
    r"reached)\b[^,;:“”\"]{0,40}?)?"
    # "A militia commander introduced as Abu Ali told ...", "An official who goes by the name Abu Ali wrote"
    r"(?:\s+(?:who\s+goes\s+by\s+(?:the\s+name\s+)?|(?:introduced|identified|known)\s+(?:only\s+)?as\s+)"
    r"(?:(?:al|bin|ibn|el|abu)[\s\-]|[A-Z][\w’'\-]*\s+){0,4}[A-Z][\w’'\-]*)?"
    # ", identified by the agency only as “Abu Ali,”": the name in quotation marks, set in commas
    r"(?:\s*,\s*(?:identified|introduced|known)\s+(?:by\s+[^,;“”\"]{1,60}?\s+)?(?:only\s+)?as\s+[“\"][^,;“”\"]{1,40}"
    r"(?:,[”\"]|[”\"]\s*,))?"
    # ", citing a “field source,”": the source cited, in quotation marks
    r"(?:\s*,\s*(?:citing|quoting)\s+[^,;“”\"]{0,60}[“\"][^“”\"]{1,60}(?:,[”\"]|[”\"]\s*,))?"
    # "Ham-Mihan’s editorial, headed “The bill,” warned": the piece's title, set in commas; "Hezbollah, a key
    # member of Tehran's so-called “axis of resistance,” said", "The Guard, which gave the operation the name
    # “True Promise,” warned": an appositive or relative clause ending in a quoted name
    r"(?:\s*,\s*(?:(?:headed|titled|entitled|headlined)\s+|(?:which|who|a|an|the)\s[^,;:“”\"]{1,100})"
    # (or inside it: "Trump, who restored the “maximum pressure” campaign in February, said")
    r"[“\"][^“”\"]{1,60}(?:,[”\"]|[”\"](?:\s[^,;:“”\"]{1,60}?)?\s*,))?"
    # ", the speaker of parliament, addressing lawmakers," - appositives share their commas.
    r"(?:\s*\([^()]{1,80}\))?"  # "Al-Manar (Hezbollah TV) said": a parenthesis after the name
    # "• Foreign ministry spokesman NAME: condemned the explosions as ...": a list's label, then its verb
    r"(?:\s+(?:himself|herself|itself|themselves)(?=\s*,))?"  # "Pezeshkian himself, speaking at ..., said"
    r"(?:\s*[,:][^,“”\"]{1,160}(?=,))*\s*[,:]?\s*(?:(?:has|have|had|is|are|was|were|been|will|would|could|also|even|long|inside|"
    r"similarly|likewise|then|too|again|once again|once|used to|later|since|thus far|so far|\w+ly|always|often|already|still|"
    r"further|moreover|first|at first|earlier|now|just|soon|in turn|himself|herself|itself|themselves|"
    r"has gone on record|gone on record|on record|published|issued|released|posted|aired|broadcast|"
    r"the next day|the following day|the same day|that (?:day|night|morning|afternoon|evening|week)|"
    r"on \w+\.? \d{1,2}|on \w+day|last \w+|this \w+|"
    # "A statement by the party after the November strikes said": the time of the words
    rf"(?:after|before|following|during)\s+(?:the|a|an|its|his|her|their|this|last)\s+(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:{EVENT_NOUNS})|"
    r"(?:a|an|one|two|three|four|five|six|seven|\d{1,2}|several|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)\s+"
    r"(?:later|earlier)|"
    r"(?:went|goes|go|then\s+went)\s+on\s+to|"  # "Salami went on to accuse ...": the same speaker goes on
    # "used a televised speech to call ...", "took to Twitter to warn": a channel, then the speech verb.
    r"(?:used|uses|use)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:speech|address|interview|"
    r"sermon|statement|post|tweet|appearance|briefing|news conference|press conference|op-ed|column|editorial|"
    r"message|rally|platform|account|visit|trip|meeting|ceremony)(?:\s+[^,;:“”\"]{1,90}?)?\s+to|"
    r"(?:took|takes|take)\s+to\s+(?:the\s+)?(?:[A-Z][\w\-]*|social media|the airwaves|state television|"
    r"television|the podium)\s+to|"
    # "went on state television to deny", "appeared on Al-Manar to announce", "held a news conference to say"
    r"(?:went|goes|appeared|appears)\s+on\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:[A-Z][\w\-]*|television|TV|"
    r"radio|air)\s+to|(?:held|holds|called|calls|convened)\s+(?:a|an)\s+(?:press|news)\s+conference"
    r"(?:\s+(?:in|at|on)\s+[\w\-]+)?\s+to)\s+)*$",
    re.IGNORECASE)


def _lead_is_empty_or_colon(text, s0, q0):
    """Whether the words of the sentence at ``s0`` before the quotation mark at ``q0`` are none, or end in a colon."""
    lead = text[s0:max(s0, q0)].rstrip()
    return not lead or lead.endswith(":")


def _quoted_heading(text, a, b):
    """The match of ``QUOTED_HEADING`` if ``text[a:b]`` is a short quotation without a sentence's end (eight words
    at most), else None."""
    m = QUOTED_HEADING.fullmatch(text, a, b)
    return m if m is not None and len(m.group(1).split()) <= 8 else None


def _filler(s):
    """Whether ``s``, the words between a subject and its verb, is ``FILLER``. Blank text (a third of
    the calls: the subject right before its verb) matches the pattern: no need to try its branches."""
    return not s or s.isspace() or FILLER.match(s) is not None


WITH_PARTICIPLE = re.compile(r",\s+with\s+(?=[^,;:“”\"]{2,120}$)")  # ", with NAME saying that ..."
OBJECT_PRONOUN = re.compile(r"^(?:them|him|her|us|me|reporters|journalists|the media|the press|lawmakers|"
                            r"(?:our|this|this\s+paper[’']s)\s+(?:[\w\-]+\s+)?(?:reporter|correspondent|journalist|"
                            r"interviewer|website|newspaper|paper|agency|channel|programme|program|reporters)|"
                            r"(?:a|an|the|his|her|their|its)\s+(?:[\w\-]+\s+)?(?:briefing|conference|meeting|rally|"
                            r"gathering|crowd|audience|session|summit|forum|ceremony))\b", re.IGNORECASE)
# "His office", "their spokesman": an owner pronoun and the voice it speaks through.
PROPER_NAME = re.compile(r"[A-Z][\w’'\-]*(?:\s+(?:(?:al|bin|ibn|el|abu|de|van|von)[\s\-])?[A-Z][\w’'\-]*)*")
# "her family", "his widow": relatives who speak for the person a possessive refers to.
KIN_VOICE = re.compile(r"(?:his|her|their)\s+(family|families|relatives|parents|widow|husband|wife|mother|father|"
                       r"brother|sister|son|daughter|uncle|cousin)\b", re.IGNORECASE)
# ("Its Nov. 8 editorial condemned": one modifier or a date before the voice)
OWNER_VOICE = re.compile(r"^(?:his|her|their|its)\s+(?:[\w\-]+\s+|" + MONTHS + r"\s+\d{1,2}\s+|\d{1,2}\s+" + MONTHS +
                         r"\s+)?(?:office|spokesman|spokeswoman|spokesperson|"
                         r"aides?|ministry|website|account|press office|media office|representative|front page|"
                         r"editorial board|editorial|lead editorial|editors|op-ed|headline|channel|newspaper|paper|"
                         r"remarks|words|comments|speech|address|message|reply|answer|response|statement|"
                         r"officials|leaders|leadership|commanders|spokesmen|envoy|delegation|embassy|mission|"
                         r"columnists?|correspondents?|commentators?|bulletin|newscast|broadcast|"
                         r"story|article|report|piece|column|commentary|dispatch)\b",
                         re.IGNORECASE)
OWNER_MEMBERS = {"officials", "leaders", "leadership", "commanders", "spokesmen"}  # of OWNER_VOICE: "its officials"
ONE_OF_OWNER = re.compile(r"(?:one|two|some|several)\s+of\s+(?=(?:his|her|their|its)\s)", re.IGNORECASE)
# a paper's members: "its columnist wrote" is the paper's columnist
OUTLET_MEMBERS = {"columnist", "columnists", "correspondent", "correspondents", "commentator", "commentators"}
STORY = re.compile(r"(?:a|an|the|its|their|his|her)\s+(?:[\w\-]+\s+){0,2}stor(?:y|ies)$", re.IGNORECASE)
CITED_AFTER_VERB = re.compile(r"\s*,\s*(?:citing|quoting|according\s+to)\s+([^,;:“”\"]{2,60}?)\s*,\s*that\b")
CITED_SOURCE = re.compile(r"\s*,\s*(?:citing|quoting)\s+([^,;:“”\"]{0,40}?\bsources?\b[^,;:“”\"]{0,40}?)"
                          r"\s*,\s*$")
CONDITIONAL_BEFORE = re.compile(r"\b(?:if|unless)\s+$", re.IGNORECASE)
NO_ONE = re.compile(r"\b(?:[Nn]obody|[Nn]o\s+one|[Nn]one|[Nn]either)\b")
LEAD_TO_QUOTE = re.compile(r"(?:\s*,[^,;:“”\"]{1,40},)?(?:\s+[^\s,;:“”\"]+){0,6}?\s*[,:]\s*(?=[“\"])")  # "asked the crowd: “..."
# (and an aside in commas: "asked, in huge type, only: “...”")
IN_WHAT = re.compile(r"\bin\s+what\s+$", re.IGNORECASE)
WHAT_CALLED_BEFORE = re.compile(r"\bwhat\s+(?:[\w’'\-]+\s+){1,4}$")
# After a quotation, the end of the phrase it fills ("... what it called “a smear” on Monday."; not "“claims” that")
QUOTE_ENDS_PHRASE = re.compile(r"\s*(?:[,;.!?]|$|\s(?:and|but|while|on|in|at|after|before|during|since|from|to)\s)")
CALLED_QUOTE = re.compile(r"\s*(?:as\s+)?[“\"]")  # "what it called “...”", "what he described as “...”"
NAME_LINKS = frozenset(("of", "the", "and", "for", "al", "in"))  # lower-case words inside a name: "Axis of Resistance"
# What "in what X called" calls the event: a common noun phrase of three words or more, up to a clause break
CALLED_DESCRIPTION = re.compile(r"\s+(?:as\s+)?((?:(?:an?|the|its|their)\s+)?[a-z][\w\-]*(?:\s+[\w\-’']+){2,}?)"
                                r"(?=\s*(?:[,;.!?]|"
                                r"\s(?:while|as|but|and\s+(?:the|a|an|its|his|their|said|says|vowed|warned))\b|$))")
PERSON_FOR = re.compile(r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+){0,2}?([\w\-]+)\s+(?:for|of|at)\s", re.IGNORECASE)
WHERE_BEFORE = re.compile(r",\s+(?:where|when)\s+$")
OBJECT_RELATIVE = re.compile(r",\s+(?:which|who)\s+$")  # before a subject: "..., which its envoy said was"
FINITE_START = re.compile(r"(?:is|was|were|are|has|have|had|would|will|could|might)\s")
BAD_CONTENT_START = re.compile(r"^(?:to|for|over|at(?!\s+least\b)|on|of|in|from|via|with|without|under|directly|back|about|by|is|"
                               r"inside|outside|across|near|along|beyond|"  # ("attacks inside Iran are rare")
                               r"was|were|are|has|have|had|be|been|and|or|but|which|who|\w+ed\s+by|"
                               # "issued a statement, read out on its television, ...": the channel's participle
                               r"(?:read(?:\s+out)?|carried|posted|published|broadcast|aired|released|sent|circulated)"
                               r"\s+(?:on|in|at|to|over|via)|"
                               r"(?:little|nothing)\b|(?:much|more|less)\s+(?:about|of|on|else)\b|"
                               r"citing|quoting)\b", re.IGNORECASE)  # ("ROSPRESS reported citing IRNA": a source)
# "said that without his help, Erbil would have fallen": after "that", a fronted phrase closed by a comma, then the
# clause (not "said that on Monday", where "that" is the thing said)
FRONTED_PHRASE = re.compile(r"(?:to|for|over|at|on|of|in|from|with|without|under|about|by)\s[^,.;:“”\"]{2,80},\s+\S|"
                            # "said that by mid-morning “the only thing ...”": a time before the clause, no comma
                            r"(?:by|in|on|at|after|before|during|until|since|within|without|despite|absent)\s+(?:[\w\-’']+\s+){1,3}?"
                            r"(?:[“\"]|(?:the|a|an|its|his|her|their|they|he|she|it|we|I)\s)")
# "I wrote", "That afternoon I wrote": the first person, after an opener of a few words without its comma
FIRST_PERSON_SUBJECT = re.compile(r"(?:[\w.’'-]+,?\s+){0,3}?I\s+(?:(?:also|once|then|later|first|\w+ly)\s+)?")
# "said that had these men not fought, ...": after "that", an auxiliary before its subject is a condition.
INVERTED_IF = re.compile(r"(?:had|were|should)\s+(?:it|they|we|he|she|you|I|(?:the|these|those|our|their|his|its)"
                         r"\s+[\w’'\-]+|(?-i:[A-Z][\w’'\-]+))\b", re.IGNORECASE)  # ("had Iran not fought")
# Cue words that are also nouns in the singular ("the Pentagon report", "a claim")
NOUN_FORMS = frozenset(("report", "claim", "comment", "reply", "answer", "warning", "statement", "state"))
# A cue word before these is a modifier: "state media", "state television", "report officials".
NOUN_AFTER = re.compile(r"\s+(?:media|television|TV|news|broadcaster|radio|department|officials?|agency|outlets?|"
                        r"owned|run|controlled)\b")
DIRECT_TAIL = re.compile(r"^[\s,.;:!?]*(?:\([^()]{0,120}\)\s*)?(?:(?:in|on|at|during|the same day|last|earlier|yesterday|today|this|"
                         r"from|after|before|via|through|the (?:day|week|month|next|following|previous))\b[^“”\"]{0,80})?[\s.,;:!?]*$", re.IGNORECASE)
REPORT_OF = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:[\w\-’']+\s+){0,2}?(?:op-ed|editorial|article|column|commentary|report|announcement|"
    r"statement|interview|post|message|letter|video|tweet|piece|count|tally|estimate|survey|study|analysis|"
    r"investigation|poll|database|list|assessment|data|figure|statistic|record|number|document|research|note|"
    r"memo|brief|briefing|paper|filing|dossier)s?\s+"
    r"(?:(?:made|issued|published|posted|released|kept|compiled|conducted|carried out|prepared|collected|gathered|"
    r"provided|circulated|shared|distributed|broadcast|aired|carried)\s+(?:(?:last|this|on)\s+\w+\s+)?)?(?:by|in|from|of|on)\s+", re.IGNORECASE)
# ", though the group says ...": a contrast clause, with a speech verb of its own close after it.
CONTRAST_CLAUSE = re.compile(r",[”\"]?\s+(?:though|although|while|but|whereas)\s+")  # (after a quotation's comma too)
# ", noting that ...", ", telling the crowd on Monday that ...": a participle's own that-clause.
# (or "concluding: «...»", "adding, “...”", a translation's "stressing the necessity of “...”")
PARTICIPLE_THAT = re.compile(r"\s+(?:[^,;:“”\"]{0,60}?\s)?that\s|\s*[:,]\s*[«“\"]|"
                             r"\s+(?:the\s+)?(?:necessity|need|importance)\s+of\s+[«“\"]")
# ", saying that", "” and saying that", "...,” while acknowledging that"
PARLIAMENTARY_BLOC = re.compile(r"\b(?:[Pp]arliamentary\s+blocs?|blocs?\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:[Pp]arliament|"
                                r"Majlis|Knesset))\b")
SPEAKING_FOR = re.compile(r"\s*(?:speaking|talking)\s+(?:for|on\s+behalf\s+of)\s+(.+)", re.IGNORECASE)
CHANNEL_PARTICIPLE = re.compile(r"\s*(?:speaking|talking|writing|interviewed|reached|contacted|quoted|cited)\b",
                                re.IGNORECASE)
FORMER = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|veterans?\b|[Rr]etired)")
OPENER_TIME = re.compile(r"(?:In|On|At|During|After|Before|Since|By|Last)\s+(?:\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?(?:\s+\d{4})?|"
                         r"(?:early|late|mid-)?\s*"
                         r"[A-Z][a-z]+\.?(?:\s+\d{1,2}(?:,\s+\d{4})?)?|\w+day(?:\s+(?:morning|afternoon|evening|night))?|the\s+(?:spring|summer|autumn|winter|"
                         r"morning|evening)(?:\s+of\s+\d{4})?|"
                         # "On the night of 15 January 2024 the IRGC fired"
                         r"the\s+(?:night|morning|evening|afternoon|eve)\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})"
                         r"(?:,?\s+\d{4})?)\s+(?=the\s|an?\s|[A-Z]|(?:several|some|many|hundreds|thousands|dozens|scores|"
                         r"two|three|four|five|six|seven|eight|nine|ten|about|more|most|his|her|its|their)\s)")
# "For nine years NAME has carried bricks ..., sending": a duration opening the sentence without its comma
OPENER_DURATION = re.compile(r"(?:For|Over|In)\s+(?:the\s+(?:past|last)\s+)?(?:\w+|a\s+few)\s+(?:years|months|weeks|"
                             r"days|decades)\s+(?=the\s|an?\s|[A-Z])")
# ", the canal's chief said", ", Iran's state news agency reported": whose speaker, after a comma.
OWNER_BEFORE_HEAD = re.compile(r",\s+(?:the\s+)?(?:[\w\-]+\s+)?[\w\-]+[’']s\s+(?:[a-z][\w\-]*\s+){0,3}$")
PREDICATE_AFTER = re.compile(r",\s+(?:(?:would|will|could|should|must|might|may|can|was|were|is|are|had|has|have|"
                             r"did|does|do|remained|remains)\b|[“\"](?=[a-z]))")  # (or a quoted predicate: “complain ...")
CALL_NOUN = re.compile(r"\b(?:a|an|the|phone|telephone|video|conference|his|her|their|its)\s+$", re.IGNORECASE)
SPOKES_WORD = re.compile(r"\bspokes(?:man|woman|person|men)\b", re.IGNORECASE)
# "said in a speech at the Umayyad Mosque in Damascus: “": where and when, then a colon and the quotation
# "told a cabinet meeting that was broadcast on state television that ...": the addressee's relative clause first
OBJECT_RELATIVE_THAT = re.compile(r"\s*(?:a|an|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,3}?[\w\-]+\s+(?:that|which)\s+"
                                  r"(?:was|were|is|are|had|has|have)\s+[^,;:“”\"]{1,80}?\s+that\s+")
PLACE_COLON = re.compile(r"\s*(?:(?:at|in|on|from|before|during|after|with)\s+[^:;.“”\"]{1,80}?|"
                         # "warned the same evening: “...”", "said later that day:"
                         r"(?:(?:later|earlier)\s+)?(?:the\s+same|that|this|the\s+next|the\s+following)\s+"
                         r"(?:morning|afternoon|evening|night|day|week)|later|again|afterwards)?:\s*(?=[“\"])")
# "added, referring to rumours that he had been wounded, that such reports were ...": a participle's aside before
# the that-clause
PARTICIPLE_ASIDE = re.compile(r"\s*,\s*(?:(?:referring|speaking|commenting|responding|reacting|alluding|pointing|turning)"
                              r"\s+(?:to|about|on)|without\s+(?:citing|naming|giving|offering|providing|identifying)|"
                              r"with|in|on|at|after|before|during|under|from|citing|quoting|according\s+to)"
                              r"\s+[^;“”\"]{1,160}?,\s*(?=that\b|[“\"])")  # (and "reported, without citing a source, that",
# "reported, with a photograph of the ship’s bow, that", "which said, under a photo of the Council, “...”")
LEADING_ASIDE = re.compile(r"(?:that)?\s*,\s*(?:according\s+to|citing|quoting)\s+[^,;“”\"]{1,80},\s*")
# The first person: a reproduced text that says "we" is its issuer's own words, not a report.
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Mm]y|[Uu]s|[Mm]e)\b")
# "The two sides", "both leaders": the two people last named, together (see _two_sides).
TWO_SIDES = re.compile(r"(?:the\s+)?(?:two|both)\s+(?:sides|presidents|leaders|ministers|foreign\s+ministers|"
                       r"heads\s+of\s+state|officials|parties|men)", re.IGNORECASE)
# "Both said", "The two of them told us": the pair just named; "two people who ...", "both men".
BOTH_ALONE = re.compile(r"(?:[Bb]oth|[Tt]he\s+two)(?:\s+of\s+them)?")
TWO_OF = re.compile(r"(?:the\s+)?(?:two|both)\s+[a-z]", re.IGNORECASE)
# "Your report gave ...": a possessive before a cue word makes it a noun.
POSSESSIVE_DET = re.compile(r"\b(?:[Yy]our|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+$")
ITS_BEFORE = re.compile(r"\b[Ii]ts\s+$")
OWNER_PRONOUN_BEFORE = re.compile(r"\b([Ii]ts|[Tt]heir)\s+$")
OWNER_PRONOUN_START = re.compile(r"([Ii]ts|[Tt]heir)\s+")
PAGE_HEAD = re.compile(r"\b(?:front\s+page|page\s+one|headline|banner|lead\s+article)$")
# A clause break that is a comma and a conjunction, nothing else: ", and ", ", but "
BREAK_COMMA = re.compile(r",\s*(?:and|but|yet|while|whereas)\s+")
AND_THAT_BEFORE = re.compile(r",?\s+and\s+that\s+$")
# "..., and even the UN envoy, NAME, admitted", "..., and its spokesman said": a clause with a speaker and verb of
# its own ends the one before
AND_ANOTHER_BEFORE = re.compile(r",[”\"’]?\s+(?:and|but|while|whereas)\s+(?:even\s+|also\s+)?"
                                r"(?:the\s+|a\s+|an\s+|its\s+|his\s+|her\s+|their\s+)?$")
PARTICIPLE_AFTER = re.compile(r"(?:,[”\"]?|[”\"]?\sand|(?P<while>,?[”\"]?\s(?:while|whilst)))\s$")
# What follows a postposed reporting clause's speaker up to a participle of the same speaker: the verb
# and its channel or audience (" said in a televised statement, ", " told reporters, "), no quotation.
REPORTING_TAIL = re.compile(r"(?:[^“”\".;:!?]|\.(?=\s\d)){0,80},\s+")  # (a date's "Nov. 3" inside)
# A name just before a comma and a verb: "the UN envoy, Staffan de Mistura, admitted" (the verb's own subject).
NAME_BEFORE_COMMA = re.compile(r"\b[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|al|bin|ibn|el|abu|de|da|di|van|von|la|le))+"
                               r"\s*,\s*$")
# "Later that morning Hussein al-Ezzi,", "On Monday Abbas Araghchi,": a name of two words or more after an opener
# (not a day or month; the opener's own capitalised words are before it).
_NAME_PART = r"(?:[A-Z][\w’'\-]+|al-[A-Z][\w’'\-]+|al|bin|ibn|el|abu|de|da|van|von)"
OPENER_THEN_NAME = re.compile(rf"(?<=\s)(?!{DAYS}|{MONTHS}\s)(?-i:[A-Z][\w’'\-]+(?:\s+{_NAME_PART}){{1,4}})\s*,\s*$")
# ", the deputy foreign minister in the Sanaa government, wrote", ", which is based in Bahrain, said", ", speaking
# for the foreign ministry, said": an apposition, a relative or participle clause, then its subject's verb.
APPOSITION_THEN_VERB = re.compile(r"\s*(?:(?:the|an?|which|who|[a-z]{3,}ing)\s[^,;:“”\"]{2,100},\s*(?:\w+ly\s+)?[a-z]+\b|"
                                  r"(?:in|at|now|still|aged|himself|herself)\s[^,;:“”\"]{2,60},\s*(?:\w+ly\s+)?"
                                  r"(?!(?:the|an?|his|her|its|their|this|that)\b)[a-z]+\b)")
# (or an aside that is no apposition: ", in the job for barely a week, said")
COORDINATED = re.compile(r"\s*,?\s*\b(?:and|but|then|and\s+then)\s+(?:\w+ly\s+)?(?:also\s+)?$")
PARTICIPLE_CLAUSE = re.compile(r",\s+[a-z]+ing\s")
FUTURE_IN = re.compile(r"\b(?:would|will|could|might|should|shall)\b|\bgoing\s+to\b")
PAST_AFTER = re.compile(r"(?:[^\s.;:“”\"]+\s+){0,6}?(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\bhis )"
                        r"(?:[a-z]{2,}ed|met|spoke|said|told|went|came|gave|was|were|had)\b")  # a clause in the past
PAST_VERB = re.compile(r"\b[a-z]{3,}ed\b")
ORDER_TO = re.compile(r"(?:\s+(?!that\b)[\w\-’']+){1,8}?\s+to\s+[a-z]+\b")  # an order: "told the group to speed up"
AS_MUCH_BEFORE = re.compile(r"\bas\s+(?:much|many|well|little|few|far|long|soon|often|hard|quickly|\w+er)\b[^,;.“”\"]{0,40}$",
                            re.IGNORECASE)
PREPOSITION_NOUN = re.compile(r"\b(?:on|of|with|despite|amid|about|over|without|against)\s+$")
ASIDE_PARTICIPLE = re.compile(r",\s+[a-z]+ing\s*$")  # ", coming" before "as ...,": a participle aside in commas
# "in what they called", "after what it said were", "what Tehran described as": a speaker's words for a thing.
# "a user called @X", "a channel called Front of Support 24": a name after "called"
NAMED_AFTER = re.compile(r"\s+(?:@[\w.]+|[A-Z0-9][\w’'\-]*(?:\s+(?:of|the|al|al-|for|and|[A-Z0-9][\w’'\-]*))*)"
                         r"(?=\s*,|\s+(?!(?:a|an|the|as)\b)[a-z])")  # (not "called Israel “a cancer”")
INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w\-]+\s+){0,3}$")
# "a user called @X posted", "a channel called NAME, which ..., posted": the named account before a posting verb
CALLED_NAME_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?P<desc>(?:[\w\-]+\s+){0,3}?[\w\-]+)\s+(?:called|named)"
                                r"\s+(?P<name>@[\w.]+|[A-Z0-9][^,.;:“”\"]{0,60}?)\s*(?:,(?:[^,.;“”\"]|\d[,.]\d){1,120},)?\s*$")
# A posting verb, then the words the post carried: "shared it with the comment “", "posted the clip under the
# headline “", "with the caption: “"
POSTED_WITH = re.compile(r"\b(posted|shared|published|uploaded|tweeted|reposted|circulated|ran)\b[^.;“”\"]{0,100}?"
                         r"\b(?:with|under)\s+(?:the\s+|a\s+)?(?:comment|caption|text|headline|title|words|message|"
                         r"line|hashtag)s?\s*:?\s*[“\"]")
WHAT_SAID = re.compile(r"(?:,\s*)?(?:\b(?:in|after|for|over|against|to)\s+)?\bwhat\s+"
                       r"(?P<subj>he|she|it|they|[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,2}|"
                       # "what Turkey's Anadolu agency called", "what the agency called": a described speaker
                       r"(?:the\s+|[A-Z][\w\-]*[’']s\s+)(?:[A-Z][\w\-’']*\s+){0,2}[a-z][\w\-]*)\s+"
                       r"(?P<cue>called|termed|dubbed|described\s+as|(?:said|claimed|says|claims)\s+(?:was|were|is|are|had\s+been)|"
                       # "in what President NAME told the nation was a blow"
                       r"told\s+(?:the\s+nation|reporters|the\s+country|Congress|parliament|the\s+crowd)\s+(?:was|were|is|are))\s+")
WHAT_SAID_END = re.compile(r",\s+(?:and|but|while|which|who|as)\b|" + PARTICIPLE_CLAUSE.pattern)
NOUN_OWNER = re.compile(r"\s+(?:of|by)\s+(.+?)\s+that$")
COORDINATED_COMMA = re.compile(r"\s*,\s*$")
CONJUNCTION_END = re.compile(r"\b(?:but|and|yet|while|though|although)\s*,?$")
# "..., and a former prisoner, who asked me not to use her name, said": a new subject with its relative clause
AND_SUBJECT_WHO = re.compile(r"\b(?:and|but|while)\s+(?:an?|the|[A-Z][\w’'\-]*)\s[^,;:“”\"]{0,80},\s+(?:who|whose)\s"
                             r"[^;:“”\"]{1,120},\s*$")
# "..., and Press TV, the state broadcaster's English-language channel, reported": a new named subject, described
AND_SUBJECT_APPOSITIVE = re.compile(r"\b(?:and|but|while)\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4}\s*,\s+"
                                    r"(?:the|an?|its|his|her|their)\s[^,;:“”\"]{0,80},\s*$")
PREPOSITION_BEFORE = re.compile(r"\b(?:from|in|of|at|near|to|with|by|on|about|for|into|over|than|against|among|"
                                r"under|without|within|towards?|despite|via|between)\s+(?:the\s+|his\s+|her\s+|"
                                r"their\s+|its\s+)?$",
                                re.IGNORECASE)
# A participle after "kept X" or "well": an adjective ("kept Washington informed", "well briefed"), no speech.
KEPT_INFORMED = re.compile(r"\b(?:kept|keep|keeps|keeping|stay|stays|stayed|remain|remains|remained)\s+(?:[\w’'-]+\s+)"
                           r"{0,3}$|\b(?:well|fully|better|poorly|ill)[\s-]+$", re.IGNORECASE)
NOT_A_VERB = re.compile(r"\b(?:a|an|the|this|these|its|his|her|their|be|been|being)\s+$", re.IGNORECASE)
# "echoed this view when ...", "said that in May": the content is the demonstrative; a bare one must end
# its clause or meet a preposition or subordinator ("said those killed had been ...": a subject, not all).
ANAPHORIC = re.compile(r"^(?:this|that|these|those)(?:\s+(?:view|views|claim|claims|position|sentiment|line|message|"
                       r"assessment|point|argument|stance|theme|themes|narrative|warning|call)(?=[\s,.]+(?!of\b)|$)|"
                       r"(?=\s*(?:[,.;:!?]|$)|\s+(?:when|as|while|after|before|because|since|if|in|on|at|during|to|"
                       r"and|but|again|too|repeatedly|publicly|last|this|on)\b))",
                       re.IGNORECASE)
PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
PARTICIPLE_NEXT = re.compile(r"(?:\w+ly\s+)?[a-z]+ing\b|(?:he|she|they|I|we)\b")  # ("while visiting", "when he met")
PERFECT = re.compile(r"\b(?:has|have|had)\b|['’]ve\b", re.IGNORECASE)  # "had lost ... since March"
# "as" before an article or "well" is a preposition or adverb ("read as a sign", "died as well").
# "days after the attack", "shortly before the vote": a time adjunct, not a clause of the narrator's
TIME_BEFORE = re.compile(r"\b(?:days?|weeks?|hours?|months?|years?|minutes?|moments?|shortly|soon|long|just|right|"
                         r"immediately|only)$", re.IGNORECASE)
# "after Sunday evening", "before midnight", "since 2014": a time phrase after the subordinator's word, no clause
TIME_AFTER = re.compile(r"(?:(?:early|late|last|next)\s+)?(?:" + "|".join(sorted(DATE_WORDS, key=len, reverse=True))
                        .replace(".", r"\.") + r"|midnight|dawn|noon|nightfall|\d{4}|"
                        # ("but left after about an hour": a duration, no clause)
                        r"(?:(?:about|around|nearly|almost|barely|just|only|some|more\s+than|less\s+than)\s+)?"
                        r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|several|a\s+few)\s+"
                        r"(?:minutes?|hours?|days?|weeks?|months?|years?))\b", re.IGNORECASE)
SUBORDINATE = re.compile(r"\s+(?:as(?!\s+(?:a|an|well|much|many|little|few|far|often|soon\s+as|long\s+as)\b)(?!\s+[a-z]+s\s*,)|when|while|after|before|since|although|though|whereas)\s", re.IGNORECASE)
# "asked Turkey and Qatar, “which have influence ...,” to secure their release": an object, then "to" and a verb
# (not "asked not to be named", "asked to comment", "asked by reporters", "asked about").
REQUEST_OBJECT = re.compile(r"\s+((?!(?:not|to|for|about|by|if|whether|me|us|him|her|it|them)\b)[A-Z][\w’'\-]*"
                            r"(?:\s+(?:and\s+)?[A-Z][\w’'\-]*){0,4}|(?:the|all|both)\s+[\w’'\-]+"
                            r"(?:\s+(?!(?:who|which|that|whose)\b)[\w’'\-]+){0,3}?)"
                            r"(?:\s*,\s*[“\"][^“”\"]{1,120}[”\"]\s*,?)?\s+to\s+[“\"]?(?!be\b|comment\b)[a-z]+")  # ('to “halt ...”')
# ", as Washington said", ", while the rebels claimed": an adverbial clause opening with its own subject.
COMMA_SUBORDINATE = re.compile(r",[”\"]?\s+(?:as|while|whereas|even\s+as|although|though)\s+"
                               r"(?=(?:the\s+|its\s+|his\s+|her\s+|"
                               r"their\s+)?[A-Z])")
# Where a described speaker works: " at a field hospital in Zamalka", " from the local council of Yabroud".
WORKPLACE_PP = re.compile(r"\s+(?:at|in|from|with)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:hospital|clinic|school|"
                          r"university|camp|base|checkpoint|mosque|shrine|market|council|committee|factory|station|"
                          r"prison|port|charity|office|centre|center|aid group|relief agency)"
                          r"\s+(?:in|at|of|near|outside)\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*")
# ", who gave his name as Abu Hamza," between such a subject and its verb
APPOSED_WHO = re.compile(r",\s+who\s+[^,;:“”\"]{2,60},")
# A piece's title after its noun: 'a commentary headlined "The ceasefire is a trench,"' (before "which").
TITLED_TAIL = re.compile(r"\s+(?:headlined|titled|entitled|under\s+the\s+(?:headline|title))\s+[“\"][^“”\"]{1,200}[”\"]$")
# A headline right after its verb ("went for “"), or after a few words and a colon ("went with a shorter thought
# across its top: “").
HEADLINE_LEAD = re.compile(r"\s*(?:[^“”\".;]{0,80}?:\s*)?(?=[“\"])")
WHO_AFTER = re.compile(r"\s*,\s+(?:who|whom)\s")
# A timeline entry's time before its dash: "04:20 - ", "10:40 IDT — " (the subject follows).
TIMESTAMP_LEAD = re.compile(r"(?:[-–•·*]\s+)?\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}|\([^()\n]{1,30}\)))?\s*"
                            r"(?:[-–—]|(?<=\d|\))\s*:)\s+")  # ("- 05:15: Hezbollah said", "04:40 (Israel time): ...")
# The author's own point, whose clause names people only as its subject: "The danger is that both sides believe".
AUTHOR_THAT = re.compile(r"\b(?:[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+(?:[a-z]+\s+)?(?:danger|risk|fear|worry|"
                         r"irony|truth|problem|trouble|reality|lesson|paradox|implication|hope|catch|snag|suspicion)"
                         r"\s+(?:is|was|remains)\s+that\s+$")
NESTED_BEFORE = re.compile(r"\b(?:that|whether)\s", re.IGNORECASE)  # a verb inside a that- or whether-clause
# The owner before a described noun: "the IRGC’s public relations " (office).
OWNER_BEFORE = re.compile(r"(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*[’']s\s+(?:[a-z][\w\-]*\s+){0,3}$")
MONTH_OPENER = re.compile(rf"{MONTHS}(?:\s+\d{{4}})?\s*,")
# "regarded Syria as Iran's front line", "sees the war as the defence of the shrines": "as" after such a verb
# (and no comma) heads its complement, a noun phrase without a verb, not a clause ("as the rebels advanced").
AS_VERB_BEFORE = re.compile(r"\b(?:regard|see|saw|seen|view|consider|treat|describ|portray|depict|characteri[sz]|"
                            r"meant|intend|"
                            r"label|brand|cast|present|serv|act|style|hail|dismiss|denounc|recogni[sz]|accept)"
                            r"\w*\b[^,;:“”\"]*$", re.IGNORECASE)
AS_COMPLEMENT = re.compile(r"\s*[“\"]?(?:\s*(?!(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)\b)"
                           r"(?![\w\-]+ed\b)[\w’'\-]+){1,7}[.,;:!?]?[”\"]?\s*(?:[.,;:!?]|$)")  # ("as “a warning.”")
POSSESSIVE_SOURCE = re.compile(
    r"^(?:the\s+)?(?P<owner>[A-Z][\w\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*)*(?:\s+(?:radio|television|TV|media))?)"
    r"(?:[’']s|(?<=s)[’'])\s+(?:[\w\-.]+\s+){0,3}?"  # ("State radio’s 8 a.m. bulletin", "The Guards’ own statement")
    r"(?:op-ed|editorial|article|column|commentary|report|statement|tweet|post|message|speech|sermon|remarks|headline|front page|spokesman|letter|memo|"
    r"bulletin|newscast|broadcast|news|evening news|programme|program|show|"
    r"spokesperson|spokeswoman|website|account|channel|office|bureau|department|directorate|ministry|wing|service|"
    r"minister|ambassador|envoy|mission|embassy|delegation|"
    r"command|headquarters|press office|media office|air force|armed forces|army|navy|military|general staff)\b")
# The voice nouns of POSSESSIVE_SOURCE that name a body or an office-holder of a state, who speak themselves.
BODY_NOUNS = frozenset("office bureau department directorate ministry wing service command headquarters mission "
                       "embassy delegation force forces army navy military staff".split())
GOVERNMENT_VOICE = re.compile(rf"\b(?:{'|'.join(sorted(BODY_NOUNS))}|"
                              r"minister|ambassador|envoy|president|leader|spokes(?:man|woman|person))$")
RELATIVE_START = re.compile(r"(?:which|who)\s", re.IGNORECASE)
# An owner's possessive ending right before a word: that word is a noun ("the Institute's report").
POSSESSOR = re.compile(r"(?<![\w’'\-])(?!(?:he|she|it|that|what|who|there|here|where|one)[’']s)[\w\-]+[’']s\s+$",
                       re.IGNORECASE)
# A name right after a possessive source's voice noun: "Hezbollah's spokesman Abu Ali al-Askari said".
BARE_NAME = re.compile(r"\s+((?:[A-Z][\w’'\-]+\s+){0,3}(?:(?:al|bin|ibn|el|abu)[\s\-])?[A-Z][\w’'\-]+)(?![\w’'\-])")
# "The ship's operator", "the centre’s new director": a lower-case owner and the noun that speaks for it.
LOWER_POSSESSIVE = re.compile(r"^(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*[’']s\s+"
                              r"(?:[a-z][\w\-]*\s+){0,2}?([a-z][\w\-]*)(?=\s*[,\s])", re.IGNORECASE)
# The next lower-case word (a possessive phrase's head may run on: "The province's deputy governor")
NEXT_WORD = re.compile(r"\s+([a-z][\w\-]*)")
LOWER_POSSESSIVE_COMMA = re.compile(r"^(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*[’']s\s+"
                                    r"(?:[a-z][\w\-]*\s+){0,2}([a-z][\w\-]*)(?=\s*,)", re.IGNORECASE)
# The word opening a reported question after "asked" (and its addressee or channel).
# A page announcing that it reproduces a text in full, at the end of a paragraph ("The full text of the
# statement follows:", "What follows is our full translation of the speech from the Arabic."), with whose
# text it is when it says so ("Below is the full text of Nasrallah's speech:").
_TEXT_NOUN = r"(?:speech|address|sermon|statement|message|letter|remarks|communiqu[eé]|declaration|khutbah)"
_TEXT_CORE = (r"(?:(?:full|complete|entire|unofficial|official|English)\s+){0,3}(?:text|translation|transcript)\s+of\s+"
              r"(?:(?:the|his|her|their|its|this)\s+)?(?:(?P<whose>[A-Z][\w.'’ -]{2,60}?)[’']s\s+)?(?:[\w-]+\s+){0,3}?"
              rf"{_TEXT_NOUN}\b")
FULL_TEXT = re.compile(
    r"(?:(?P<lead>What follows is|Below is|Here is|Following is|The following is)\s+(?:the|our|an?|its)"
    rf"|(?:(?m:^)|(?<=[.!?”\"]\s))(?:The|Our|Its))\s+{_TEXT_CORE}"
    r"(?(lead)[^.:\n]{0,80}[.:]|(?:[^.:\n]{0,80}?\b(?:follows|below)\s*[.:]|[^.:\n]{0,80}:))"  # ("... was not released.")
    r"(?:\s+[^.\n]{0,60}\.)?\s*$")
# "Full Text: Sheikh NAME's Speech on ...": whose text a page's title says it is.
POSSESSIVE_TEXT = re.compile(rf"(?P<whose>[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){{0,5}})[’']s\s+(?i:{_TEXT_NOUN})\b")
# A reproduced statement's own heading: "Statement No. 4 of the Islamic Revolutionary Guard Corps".
ISSUED_BY = re.compile(rf"\s*(?i:{_TEXT_NOUN})(?:\s+No\.?\s*\d+)?\s+(?:of|by|from)\s+(?:the\s+)?"
                       r"(?P<whose>[A-Z][^\n.:]{2,80}?)\s*")
TEXT_END = re.compile(r"\s*[\[(—–-]*\s*(?i:end of (?:the )?(?:text|statement|speech|transcript|translation)|end)"
                      r"\s*[\])—–-]*\.?\s*")
# A heading or salutation line inside a reproduced text ("The night they fled", "The noble nation of Iran,").
HEADING_LINE = re.compile(r"\s*[^\n]{1,120}?(?<![.!?”\"’'…])\s*")
# A stage note in brackets ("(Crowd chants: ...)", "[Applause]").
STAGE_NOTE = re.compile(r"\s*[(\[][^\n]{1,300}[)\]]\s*")
# A style of address standing for the person ("His Eminence affirmed that ...").
# An honorific standing for a name already given: "The Sayyed", "the Sheikh", "the Imam"
STYLE_OF_ADDRESS = re.compile(r"(?:His|Her)\s+(?:Royal\s+)?(Eminence|Excellency|Holiness|Majesty|Highness)\b")
# A delegate's or a member's own side as the subject of his words ("My delegation condemns ...").
SELF_MENTION = re.compile(r"(?i)(?:my|our)\s+(?:delegation|country|government|party)$")
# An auxiliary opening a yes/no question before its subject ("Will the Minister confirm that ...?").
YES_NO_AUX = re.compile(r"\s*(?:Will|Would|Can|Could|Does|Do|Did|Is|Are|Has|Have|Should|Shall|May|Might|Must)\s+")
QUESTION_WORD = re.compile(r"\b(?:whether|if|how|why|what|when|where|who|which)\b", re.IGNORECASE)
# "I asked NAME", "We spoke to NAME": the author questions someone who answers later ("She told me").
AUTHOR_ASKED = re.compile(r"(?:I|We)\s+(?:(?:also|then|later)\s+)?(?:(?:have|had)\s+(?:also\s+)?been\s+(?:speaking|talking)\s+"
                          r"(?:to|with)|(?:have|had)\s+(?:also\s+)?(?:spoken|talked)\s+(?:to|with)|"
                          r"(?:'ve|’ve)\s+been\s+(?:speaking|talking)\s+(?:to|with)|"  # ("We have been speaking to NAME")
                          r"asked|interviewed|questioned|contacted|reached|"
                          r"called|met|(?:spoke|talked)\s+(?:to|with)|put\s+(?:the|this|that)\s+question\s+to|"
                          r"heard\s+(?:evidence\s+)?from|took\s+evidence\s+from)\s+")  # (a tribunal: "We heard from Dr NAME")
# "a spokesperson for the mission", "the spokesman of the ministry": a voice of a body named before.
VOICE_FOR_THE = re.compile(r"(?:an?\s+|the\s+)?(spokes(?:man|woman|person)|representative|envoy)\s+(?:for|of)\s+"
                           r"the\s+([a-z][\w\-]*)$", re.IGNORECASE)
# "he held up a piece of metal and said": a first verb phrase of the same subject, then "and".
AND_VP = re.compile(r"\s+(?!(?:of|and|or|in|at|on|for|to|from|with|who|whom|which|that|whose|nor|but)\b)"
                    r"[a-z]+\b[^,;:.!?“”\"]{0,80}?,?\s+and(?:\s*,[^,;:.!?“”\"]{1,80},)?\s+")  # ("and, in a statement,")
# "NAME(, who commands the Aerospace Force,) went on state television the next morning to claim": the subject's
# verb phrase, then the infinitive of the cue
# (only a verb of going or taking the floor, not an intention, a duty or a habit: "Iran wants to say", "is expected
# to announce", "remains reluctant to criticize", "used to say")
TO_VP = re.compile(r"(?:\s*,\s*who\s[^,;:“”\"]{1,100},)?\s+(?:went|goes|took|takes|appeared|appears|came|comes|rose|"
                   r"rises|stood|stands|returned|returns|turned|turns|called|calls|held|holds|convened|stepped|paused|"
                   r"interrupted|spoke|speaks|sat|got|summoned|phoned|travell?ed|flew|visited|(?:used|uses)(?!\s+to\b))"
                   r"\b[^,;:.!?“”\"]{0,80}?\s+to\s+")
# ... and the words after its head that name that body: "a spokesperson for the mission wrote".
CLEFT = re.compile(r"It\s+(?:was|is)\s+(he|she|they|[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})\s+who\s")  # "It was he who"
# "director of ports and maritime affairs": an office's lower-case domain after its head noun
OFFICE_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?(?!(?:a|an|one|two|three|some|several|each|both|all|many|most|those|these|"
                       r"this|that|his|her|its|their|our|them)\b)[a-z][\w\-]*(?:\s+(?:and\s+)?(?!(?:for|of|in|at|on|to|from|with|"
                       r"by|have|has|had|is|are|was|were|will|would|could|also|who|which|that|then|later|again)\b)"
                       r"[a-z][\w\-]*){0,4}(?=\s)")
FOR_THE = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[a-z][\w\-]*(?=\s)")  # (and "Several members of parliament said")
NOUN_PLACE = re.compile(r"(?:\s+[a-z][\w\-]*){1,2}\s+in\s+(?:(?:north|south|east|west|northern|southern|eastern|western)\s+)?"
                        r"[A-Z][\w\-’']*(?=\s*,)")  # ("peacekeeping force in south Lebanon, UNIFIL,")
# A verb's source set in commas before its that-clause: "said ..., according to SANA, that".
ACCORDING_ASIDE = re.compile(r"(?:according to|as reported by|as quoted by)\s[^,;:“”\"«»\n]{2,80},\s+that\b", re.IGNORECASE)
# "a letter that, according to the channel, she had written": a relative pronoun and its comma before an aside
RELATIVE_COMMA_BEFORE = re.compile(r"\b(?:that|which|whom)\s*,\s*$")
# A clause that opens with its verb ("Affirmed the minister ... that"): the verb, capitalised at the
# sentence's start; what may come before it; and the "that" after its subject.
VERB_FIRST_CAP = re.compile(r"([A-Z][a-z]+ed(?: out| concern (?:over|about|at))?|Said|Told|Wrote)(?= )")
VERB_FIRST = re.compile(r"(?:And\s+|In addition,\s+)?")
THAT_AFTER_SUBJECT = re.compile(r"[^“”\"«»;:.!?]{0,160}?\bthat\b")
# A reactions list's label before such a verb: "Hezbollah: Called ...", "Israel – Expressed concern ...".
REACTION_LABEL = re.compile(r"(?P<label>[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,3})\s*(?::|\s[–—])\s+")
# A body's participle tail before the verb: " led by Washington", " backed by Iran", " based in Beirut".
LED_BY = re.compile(r"\s+(?:led|backed|supported|based|headed|funded|controlled|run)\s+(?:by|in|from)\s+(?:the\s+)?"
                    r"[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,3}(?=\s)")
# A mission's or envoy's post: " to the United Nations", " to Damascus".
MISSION_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*){0,3}(?=\s)")
# A name's capitalised complement before its verb: "the UN Panel of Experts on Yemen wrote".
NAME_PP = re.compile(r"\s+(?:on|for|in)\s+(?:the\s+)?(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                     r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                     r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3}(?=\s)")  # (not "NAME on Friday said")
# "A senior officer from the Khorasan provincial corps, NAME,": the description's last words in lower case.
NOUN_TAIL = re.compile(r"(?:\s+[a-z][a-z\-]+){1,3}(?=\s*,)")
# " for the border mission" after a description's head, before the name in commas.
PP_TAIL = re.compile(r"\s+(?:for|of|at|with|in|from)\s+(?:the\s+|a\s+|an\s+)?[^,;:“”\"()]{1,60}?(?=\s*,)")
# "the Saudi remarks", "its latest claims": a determiner and at most two words before a form in -s.
DETERMINED = re.compile(r"\b(?:the|a|an|his|her|their|its|these|those|this|such)\s+(?:[\w\-’']+\s+){0,2}$",
                        re.IGNORECASE)
# "any Israeli reply would": a quantifier and at most one word before a noun-like cue form
ANY_BEFORE = re.compile(r"\b(?:any|every|each)\s+(?:(?!(?:and|or|but)\b)[\w\-’']+\s+)?$", re.IGNORECASE)
# ", secretary of the council," right after a subject: its appositive(s).
APPOSITIVES = re.compile(r"^(?:\s*,[^,;:“”\"]{1,120},)+")
CONTINUATION = re.compile(r"(?:add|added|adds|adding|continued|continues|went on|goes on)\b", re.IGNORECASE)
PLURAL_NAME = re.compile(r"(?:the\s+)?[A-Z][a-z]+(?:ans|is)(?![\w\-])")  # "the Iranians", "Houthis": never "it"
PLURAL_HEAD = re.compile(r"\b(?:[a-z][a-z\-]*[^’'s]s|people|men|women|children|police|clergy)$")  # "senior officials",
# not "Soleimani’s"
PLURAL_PEOPLE = re.compile(r"[Tt]he\s+[A-Z][a-z]+(?:ans|is|ese)|[A-Z][a-z]+ans")  # "the Americans", "Iranians"
# "There are those who say", "there are some who claim": people the text does not name (only after
# "there are": "Those who say X are wrong" would run the content into the main clause).
THOSE_WHO = re.compile(r"\b[Tt]here\s+(?:are|were|will\s+be)\s+(those|people|some|others)\s+who\s+"
                       r"(?:(?:still|also|even|now|often|always)\s+)?$")
# Words that head no speaker: demonstratives and negative or open quantifiers ("Nobody said ...",
# "Whoever says this does not know").
DEMONSTRATIVE = re.compile(r"^(?:this|these|that|those|it|such|nobody|no one|none|no|nothing|neither|there|here|"
                           r"we|i|you|what|everyone|everybody|anyone|anybody|someone|somebody|whoever|he|she|they|"
                           r"him|her|them)\b", re.IGNORECASE)
# "(hardline daily), front page, 12 May" between an outlet's name and the colon before its headline.
OUTLET_PLACE = re.compile(r"(?:\s*\([^()]{1,80}\))?(?:\s*,\s*(?:(?:its\s+)?front\s+page|headline|editorial|page\s+\d+|"
                          r"(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+|(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2}))*\s*", re.IGNORECASE)
# "An editorial", "the accompanying editorial", "a front-page commentary": a piece an outlet runs.
OUTLET_PIECE = re.compile(r"(?:(?:an?|the)\s+)?(?:(?-i:[a-z])[\w\-]*\s+){0,2}(?:editorial|op-ed|commentary|column|front page|"
                          r"lead article)$|the\s+same\s+(?:report|article|story|broadcast|dispatch|bulletin)$", re.IGNORECASE)
# A piece an outlet runs as a copula's complement: "The surprise was the unsigned editorial on page three."
COPULA_PIECE = re.compile(r"(?:The|Its|His|Her|Their|What)\s+(?:[\w\-]+\s+){0,3}?(?:was|is)\s+((?:an?|the|its)\s+"
                          r"(?:[a-z][\w\-]*\s+)?(?:editorial|op-ed|commentary|column|lead article))\b")
# A source described in lower case only, up to its head noun: "internal logistics records".
LOWER_DESCRIPTION = re.compile(r"\s*(?:[a-z][\w\-]*\s+){0,3}?([a-z][\w\-]*)(?=\s+(?:reviewed|seen|obtained|"
                               r"published|released|leaked|shared|provided)\b|\s*[,.;]|\s*$)")
DEFINITE_VOICE = re.compile(r"^the\s+([\w\-]+)[’']s\s+(?:[\w\-]+\s+)?(?:editorial|lead article|lead|front page|"
                            r"headline|op-ed|column|commentary|website|account|channel|report|statement|article|"
                            r"editor|editor-in-chief|columnist)$",  # ("Inside, the paper’s editor argued": the paper)
                            re.IGNORECASE)
DEFINITE = re.compile(r"^the\s+([\w\-]+)(?:\s+([\w\-]+))?$", re.IGNORECASE)
# Heads of bodies named for what they do ("the intelligence ministry", "the health department"): the word before
# such a head tells them apart.
FUNCTION_HEADS = frozenset(("ministry", "ministries", "department", "departments", "office", "directorate"))
# "that" opens the content, unless it is a demonstrative ("echoed that view").
COMPLEMENTIZER = re.compile(rf"^\s*(?:[:,]\s*)?(?:that\s+(?!{ANAPHOR_NOUNS}\b))?", re.IGNORECASE)
# "told mourners in Shiraz that", "told ICANA, the parliament's agency, that"
# "reports that ...", "the claims that ...": a short noun phrase, then its that-clause.
NOUN_THAT = re.compile(r"(?:[\w\-’']+\s+){1,3}that\s")
AS_QUOTED = re.compile(r"[^.,;:“”\"«]{1,200}?\sas\s+[“\"«]|"
                       # "rejected as “baseless” claims that"
                       r"as\s+[“\"«][^”\"»]{1,40}[”\"»]\s+(?:[\w\-’']+\s+){1,3}that\s")
# ("warned the attack that killed five was ...": a relative clause, the attack no addressee)
ADDRESSEE_THAT = re.compile(r"\s*,?\s*that\s+(?![a-z]+ed\b|(?:had|has|have|was|were|is|are|would|will|could|can)\b)")
# Whom a warning addresses, where the speaker chunker sees no one: "Iran’s enemies", "the families of the
# fallen", "and their backers".
# A sentence that opens with a name's possessive: "Mousavi’s website, Kalameh, published ..."
OWNER_OPENS = re.compile(r"((?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)[’']s\s+[a-z]")
OWNER_S = re.compile(r"\w[’']s\s")  # "Komala's spokeswoman": a description that names its owner
POSSESSIVE_NP = re.compile(r"\s*[A-Z][\w\-]*[’']s\s+[a-z][\w\-]*")
# A speaker inside a relative clause set in commas ("Nujaba, whose leader NAME has said that B, published"),
# and the comma and finite verb of the main clause after it.
RELATIVE_OPEN = re.compile(r",\s+(?:who|whose\s[^,;:“”\"]{0,60}?)\s*$")
# "Salami, who (has long) said that B, ...", "Rouhani, who took office a month ago promising to B, ..."
RELATIVE_WHO = re.compile(r"(?:,\s+|\s)(?:who|which)\s+(?:[\w\-]+\s+){0,12}$")
# Past tenses not in -ed that open a main clause after a relative clause ("..., struck a more measured tone").
IRREGULAR_PAST = ("put|said|told|gave|took|made|went|spoke|wrote|set|laid|held|struck|sent|kept|met|left|led|won|lost|"
                  "sought|brought|found|began|fought|became|stood|came|saw|threw|drew|broke|chose|rose|grew|knew|"
                  "thought|meant|paid|sat|spent|stuck|swore|shook|tore|wore")
MAIN_VERB_AFTER = re.compile(rf",\s+(?:[a-z]+ed|has|have|had|is|are|was|were|will|would|did|does|could|can|must|should|may|"
                             rf"might|{IRREGULAR_PAST})\s")
CLAUSE_SUBJECT_AT = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|had|has|have|was|were|is|are|would|will|could|can|"
                               r"must|should|did|does|do|" + IRREGULAR_PAST + r")\b")  # a name, then its verb
PLAIN_OBJECT = re.compile(r"\s*(?:the|their|his|her|its|our)\s+[a-z][\w\-]*(?:\s+of\s+(?:the\s+)?[a-z][\w\-]*)?")
CONJUNCT_NP = re.compile(r"\s+and\s+(?:its|their|his|her|the)\s+[a-z][\w\-]*")
OBJECT_THAT = re.compile(r"^\s*[^,;:“”\"]{1,90}?(?:,[^,;:“”\"]{1,60},\s*)?\bthat\s+")
# Where a reported clause ends inside its sentence (the reporter's words after it are no more of it).
CONTENT_BREAK = re.compile(r"""
    ;
  | ,\s*according\ to\b
  | (?<=,[”"])\s+which,(?!\s*(?:he|she|they|it)\s)  # “will not go unanswered,” which, for those keeping score, ...
  | ,?\s+without\s+(?:offering|providing|giving|citing|presenting|producing|elaborating|explaining|naming
                    |specifying|detailing)\b  # ..., without offering evidence
  | ,\s+(?:before|after)\s+(?:later\s+)?(?:withdrawing|retracting|deleting|removing|correcting|amending
                                         |walking\s+back)\b  # ..., before withdrawing the report
  | \s[–—]\s(?=[a-z]+\s)                     # a dash before a lower-case word
  | ,\s*in\s+what\s                          # ..., in what it called ...: the reporter's gloss
  | ,\s*but\s+(?:ruled\s+out|declined|refused|stopped\s+short)\b  # ..., but ruled out a military role: the speaker's
  | ,\s*with\s+(?:one|a|an|the|some|several|two|three|many)\s+(?:[\w\-]+\s+){0,3}?[a-z]+ing\s
  | ,\s*and\s+(?:he|she)\s+(?:\w+ly\s+)?(?:[a-z]+ed|put|said|told|gave|took|made|went|spoke|wrote|set|laid
                                          |held)\b  # ..., and he put the blame on: the narrator's next clause
  | ,\s*and\s+(?:then\s+)?(?:thanked|congratulated|apologi[sz]ed|invited|visited|hosted|attended|left|returned
                          |offered\s+(?:his|her|its|their)\s+condolences)\b  # ..., and thanked the mediators: his act
  | (?<=[”"’'])\s*\((?:[A-Z][^()\n]{0,60}?\s)?(?:19|20)\d\d[a-z]?(?::\s*\d+(?:[-–]\d+)?)?\)  # “...” (Tasnim 2016): a citation
  | (?<=,[”"])\s+and\s+(?:then\s+|later\s+)?[a-z]+ed\s  # “until further notice,” and lifted the ban: the narrator's
  | ,\s+(?:a|an)\s+(?:claim|assertion|allegation|account|figure|tally|version|offer|proposal|pledge|promise|threat)
        \s+(?:that\s+|which\s+)?(?:the|it|[A-Z])
        # ..., a claim the Israeli military has not addressed: the narrator's gloss
  | ,\s+(?:citing|quoting)\s+(?:an?|the|unnamed|anonymous|informed|several|two|three)\s  # ..., citing an unnamed source
  | (?:,|(?<=,[”"]))\s+(?:in\s+)?(?:a|an)\s+(?:apparent\s+|veiled\s+|thinly\s+veiled\s+|oblique\s+|clear\s+|pointed\s+)?
        (?:reference|allusion|nod|dig)\s+(?:to|at)\s  # ..., a reference to the committee: the narrator's gloss
""", re.VERBOSE)
COMMA_PRONOUN = re.compile(r",\s+(he|she|they|He|She|They)\b")
# A reporting clause that closes the sentence after a comma: ", the state-run IRNA agency reported."
RELAY_TAIL = re.compile(r",\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,5}?(?:agency|news\s+agency|channel|television|TV|media|"
                        r"newspaper|daily|website|outlet|[A-Z][\w’'\-]*)(?:\s+\([A-Z][\w.&-]{1,10}\))?"
                        r"\s+(?:reported|said|added|wrote)(?:,?\s+(?:citing|quoting)\s+[^,;:“”\"]{2,60})?\s*[.!?]?\s*$")
# (and its acronym: "... (SPA) reported"; and its source: "..., ROSPRESS reported citing the IRNA news agency.")
# A tail in which the speaker's own office speaks: '..., his office said.'
OWN_VOICE_TAIL = re.compile(r"[”\"]?,?\s*[”\"]?\s*(?:his|her|its|their)\s", re.IGNORECASE)
# Words before "states" that make it a noun: "member states", "Gulf states", "the neighbouring states"
STATES_NOUN_BEFORE = re.compile(r"\b(?:member|nation|client|partner|neighbou?ring|coastal|littoral|frontline|allied|"
                                r"sovereign|rogue|failed|Gulf|Arab|Baltic|Western|European|African|Muslim|Islamic)\s+$")
WHOSE_BODY = re.compile(r"whose\s+((?:[A-Z][\w’'\-]*\s+){0,4}[\w’'\-]+)\s+(?:is|was|has|had|leads|won|holds)\b")
NAMED_AS_END = re.compile(r"\s(?:as|named|called)\s*$")  # the words before a name that only introduce it
# The first of two coordinated subjects after the content's comma: "..., (two Iraqi officials) and a source said"
CONJUNCT_BEFORE = re.compile(r",\s+((?:[\w’'\-]+\s+){0,5}[\w’'\-]+)\s+and\s+$")
# The rest of an aside opened by a dash: up to its closing dash, within the clause.
PAIRED_DASH = re.compile(r"[^–—;.!?“”\"]{1,160}\s[–—]\s")
THAT_AFTER = re.compile(r"\s+that\b")
# A new subject after the content's comma, or (group 1) the speaker's own next verb
AND_THE = re.compile(r",[”\"]?\s*(?:and|but)\s+(?:(?=(?:the|its|his|her|their)\s|[A-Z])|(?:then\s+|also\s+|later\s+)?(?=[a-z]+ed\b|told\b|paid\b)())")
WORD_AHEAD = re.compile(r"[\w’'\-]+\s+")
WORD_BEFORE_ASIDE = re.compile(r"[\w’'\-]+(?=,\s+(?:who|whose|which)\b)")
RELATIVE_ASIDE = re.compile(r",\s+(?:who|whose|which)\b[^,;:“”\"]{1,120},\s+")
# Compiled once (they were written inline in hot paths, each call then looked up in re's cache):
# a content introduced by "that" or a colon; "to" before an infinitive content; "reiterated repeated
# warnings that ...": a reporting noun before "that".
INTRODUCED = re.compile(r"(?:\bthat|:)\s*$")
# (after a short phrase of time, place or audience: "threatened in the days before to target ...", "vowed in a
# speech to the nation to expel ...")
# Words that open a noun phrase, not a verb, after "to" ("to the nation", "to his supporters")
NP_OPENERS = "the|a|an|his|her|its|their|our|my|your|this|that|these|those"
TO_START = re.compile(r"^(?:(?:(?:in|on|at|during|over|last|earlier|later)\s+|to\s+(?:the|his|her|its|their|a|an)\s+)"
                      rf"(?:[\w\-’']+\s+){{0,4}}?)?to\s+(?!(?:{NP_OPENERS})\b)(?=[a-z“\"‘])")
REPORTING_NOUN_THAT = re.compile(r"^(?:[\w\-]+\s+){0,2}?(?:warnings?|claims?|view|statements?|message|assurances?|"
                                 r"narrative|remarks?)\s+that\s+", re.IGNORECASE)
BARE_INFINITIVE = re.compile(r"\s+(?:not\s+|never\s+)?to\s+[a-z]")
PASSIVE_AUX = re.compile(r"\b(?:is|are|was|were|be|been|being|gets?|got)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# What may stand between "As NAME said" and its comma: a time or a place ("As NAME put it in July,")
AS_SAID_TAIL = re.compile(r"(?:\s+(?:in|on|at|during|last|earlier|after|before|to|recently|once|back)\b[^,“”\"]{0,60})?")
AS_TOLD_TAIL = re.compile(rf"\s+(?:me|us|him|her|them|reporters|journalists|(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?)"
                          rf"(?:{AS_SAID_TAIL.pattern})")  # "As NAME told reporters on Monday,"
# A clause with its subject right after a participle: ", saying Washington should ..." (its own statement)
# Participles that only report speech: after a reported clause, "..., saying B" is the same speaker's next
# statement ("confirmed that the crews had painted slogans on them, saying the words were meant for ...")
SPEECH_PARTICIPLES = frozenset(("saying", "adding", "insisting", "arguing", "noting", "stressing"))
BARE_CLAUSE = re.compile(r"\s+(?:(?:the|a|an|its|his|her|their)\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?\s+"
                         r"(?:(?:would|will|is|are|was|were|has|have|had|could|can|must|should|did|does)\b|[“\"])")
# "whom it described as X", "footage of what it described as X": the object before the verb
RELATIVE_BEFORE = re.compile(r"\b(?:what|which|whom|who|that)\s+(?:[\w’'-]+\s+){1,3}$", re.IGNORECASE)
TEXT_OF_WHICH = r"the\s+(?:full\s+)?text\s+of\s+which\s+(?:follows|reads|is\s+as\s+follows)"  # a text given in full
# A lead-in to a text given in full, over several paragraphs ("said in a statement, the text of which follows:"),
# and the line that ends such a text (its signature or date line)
FULL_TEXT_FOLLOWS = re.compile(rf"(?:{TEXT_OF_WHICH}|"
                               r"(?:read|reads|reading|was)\s+as\s+follows|the\s+following\s+(?:statement|text)|"
                               r"(?:here\s+is|below\s+is|following\s+is)\s+the\s+(?:full\s+)?text(?:\s+of\s+[^:]{1,60})?)"
                               r"\s*:\s*$", re.IGNORECASE)
FULL_TEXT_END = re.compile(r"\s*(?:issued\s+by|signed[,:]?\s|[A-Z][\w'’ ]{1,30},\s+\d{1,2}\s+\w+\s+\d{4})", re.IGNORECASE)
NUMBERED_PERSON = re.compile(r"[A-Z][a-z]+ \d{1,2}")  # a transcript's "Returnee 1", "Witness 2"
PLACE_NOUN_TAIL = re.compile(r"\s+(?:air\s+base|airbase|base|headquarters|airport|province|governorate|camp)(?=\s)")
QUOTED_NAME = re.compile(r"\s*[“\"]([A-Z][^“”\"]{1,60}?)[”\"]")  # a name in quotation marks after its modifiers
SUBJECT_PRONOUN = re.compile(r"\s*(?:he|she|they|it|we)\s")
ACCORDING_PRONOUN = re.compile(r"(him|her|them),\s*")  # "According to him, ..."
# A modal before a verb: "Tehran would respond “decisively”" (what someone will do, not what was said)
MODAL_BEFORE = re.compile(r"\b(?:would|will|could|might|may|should|must|can|shall)(?:\s+not|n't)?\s+(?:\w+ly\s+)?$")
ASKED_OPENER = re.compile(rf"^(?:{BULLET.pattern})?(?:when\s+)?(?:asked|questioned|pressed)\s+(?:[\w\-]+\s+){{0,10}}?"
                          r"(?:whether|if|about|on|why|how|what|which|who|where|when)\b"
                          r"(?:[^,;:“”\"]|[“\"][^“”\",]{0,120}[”\"])*?(?:,|[“\"][^“”\",]{0,120},[”\"])", re.IGNORECASE)
# (a quotation may stand in the question: "Asked about remarks by NAME that Iran’s “axis ... has collapsed,” he")
# "“Every age has its Ashura,” he told the mourners, “and in our age ...”": a quoted sentence broken
# by its attribution (a comma at the break, no sentence end in the attribution) ...
INTERRUPTED = re.compile(r"\s*(?:,\s*[”\"]|[”\"]\s*,)[^“”\"\n.!?;:]{1,120}?,\s*[“\"]")
# ... that resumes in lower case.
RESUMES_LOWER = re.compile(r"\s*[a-z]")
# A sentence's plain subject before a quotation that goes on from it ("Those who had bet on a war “have lost"):
# a capitalised start, up to 14 words, no punctuation that would close a clause or open an aside.
SUBJECT_LEAD_IN = re.compile(r"[A-Z][^\s,;:()“”\"—–]*(?:\s+[^\s,;:()“”\"—–]+){1,13}\s+")
# "He also had a message for the Gulf capitals, which ...:", "She offered a blunt warning:": the clause
# before a colon names the words that follow, however long it is.
SPEECH_OBJECT = re.compile(r"\s*(?:\w+ly\s+|also\s+|then\s+)?(?:had|has|sent|delivered|offered|gave|issued)\s+"
                           r"(?:(?:a|an|this|these|one|his|her|its|their)\s+)?(?:[a-z\-]+\s+){0,2}"
                           r"(?:message|warning|words|advice|appeal|verdict|reply|answer|assessment|prediction|reminder)"
                           r"\b[^“”\"]{0,200}$")
# "excerpts of a sermon by", "a speech by", "his last letter by": the words that follow are the agent's.
SPEECH_BY = re.compile(r"\b(?:sermon|speech|address|remarks|interview|letter|message|lecture|eulogy|poem)\s+"
                       r"(?:(?:delivered|given|written|sent)\s+)?(?:(?:to|at|in|on|before)\s+[^,:;“”\"]{1,40}?\s+)?by\s+")
# (and "a 2014 speech to Basij students by the late commander NAME")
WORDS_OF = re.compile(r"((?:[A-Z][\w’'\-]*\s+){0,4}[A-Z][\w’'\-]*)[’']s\s+(?:own\s+)?(?:words|remarks|speech|message|"
                      r"address|line|reply|answer|warning|verdict|sermon)\b[^:;“”\"]{0,60}$")
# "SPA quotes the Interior Ministry:", "IRNA quoted the spokesman:": the one quoted speaks after the colon.
QUOTES_WHOM = re.compile(r"\bquot(?:ed|es|ing)\s+")
# A transcript's label for a recording played on air, naming its voice: "[CLIP — NAIM QASSEM, translated
# from Arabic]", "(SOUNDBITE OF ARCHIVED RECORDING — HASSAN NASRALLAH)".
CLIP_LABEL = re.compile(r"\s*[\[(](?:[A-Z ]*\b)?(?:CLIP|SOUNDBITE|AUDIO|VIDEO|RECORDING)\b[^\])\n]{0,40}?[—–:\-]\s*"
                        r"([A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,4})\s*(?:,[^\])\n]{0,60})?[\])]\s*")
# An opener naming whose briefing or statement it is: "At the State Department’s daily briefing,", "In a
# statement issued by the Pentagon,".
OPENER_VOICE = re.compile(r"\s*(?:At|In|During)\s+(?:a|an|the|its|their)\s+(?:(?P<own>[^,“”]{2,60}?)[’']s\s+|"
                          r"(?P<mod>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})\s+)?"
                          r"(?:[a-z\-]+\s+){0,2}?(?:briefing|statement|press conference|news conference|conference|"
                          r"interview|press release|communiqué)"
                          r"(?:\s+(?:(?:issued|released)\s+)?(?:from|by|of)\s+(?P<by>[^,“”]{2,60}?))?"
                          r"(?:\s+(?:on|later|earlier|that|this)\b[^,“”]{0,30})?\s*,\s*")
# "tells the story", "recounted his account of the night": the words are not given here, but may follow.
STORY_OBJECT = re.compile(r"\s+(?:(?:me|us|him|her|them)\s+)?(?:the|a|this|that|her|his|their|its)\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:story|stories|tale|account)\b(?!\s+(?:that|of\s+how)\b)")
STORY_TOLD = re.compile(r"\b(tells?|told|recounts?|recounted|recalls?|recalled)" + STORY_OBJECT.pattern)
# A translator's or editor's note after a quotation: "“...” (translated)".
TRAILING_NOTE = re.compile(r"[.,]?\s*(?:\([^()]{1,40}\)|\[\d{1,3}\])\s*\.?\s*")  # "(Tasnim)", a footnote mark "[1]"
NEXT_OPENS = re.compile(r"\s*\n\s*[“\"]")
DOCUMENT_NOUNS = {"statement", "communique", "communiqué", "message", "letter", "post", "announcement", "release",
                  "resolution", "report", "claim"}  # ("The claim, carried by Amaq, said")
_DOC_ALT = "|".join(sorted(DOCUMENT_NOUNS | {"front page", "headline", "editorial", "lead article", "column", "commentary",
                                          "op-ed", "article"}))
# A document noun ending the subject of "read": "the message read", "The statement read: “...”".
DOCUMENT_END = re.compile(rf"\b(?:{_DOC_ALT})s?$", re.IGNORECASE)
# "A statement signed by 231 lawmakers was read out by NAME": whom "the statement" later speaks for.
DOCUMENT_BY = re.compile(rf"\b(?:{_DOC_ALT})s?\s+(?:(?:was|were)\s+)?(?:(?:jointly|later|also|then)\s+)?(?:signed|"
                         rf"issued|released|drafted|endorsed|adopted|written|sent|read)\s+(?:by|on behalf of)\s+",
                         re.IGNORECASE)
DOCUMENT_READ = re.compile(rf".*\b(?:{_DOC_ALT})s?\s+(?:\w+ly\s+)?reads?\s*[:“\"«]", re.IGNORECASE | re.DOTALL)
# A reporting verb that ends its clause: "..., sources said, ..." / "..., the agency reported."
# What may follow the speaker of an inverted reporting clause: the end of the sentence, an appositive or
# relative clause after a comma, or an affiliation ("argues NAME of the Centre for ...").
INVERTED_END = re.compile(r"[ \t]*(?:[.!?](?:\s|$)|$|,)|\s+(?:of|at|from|with)\s+(?:the\s+)?[A-Z]")
# A postposed reporting clause up to a participle after it: "the agency said, " (then "calling ...").
QUOTED_THEN_SAID = re.compile(r"[”\"]\s+(?:the|a|an|its|his|her|their)\s[^,;:.“”\"]{1,50}?\s(?:said|says|added|wrote|stated)\s*,\s*$")
POSTPOSED_THEN = re.compile(r"[^,;:.“”\"]{1,60},\s*")
POSTPOSED_END = re.compile(r"[ \t]*(?:,|[.!?](?:\s|$)|$)")
# "..., the ministry said in a statement on its website on Friday.": a channel between the reporting verb
# and the end of its clause (times and the lexicon's adjuncts are skipped as well).
CHANNEL_ADJUNCT = re.compile(
    r"\s+(?:in|on|at|during|via|through)\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?"  # (a headline's
    r"(?:statement|interview|speech|address|briefing|news conference|press conference|post|tweet|video|"
    r"message|communiqu[eé]|website|channel|account|broadcast|bulletin|release|sermon|report)s?"  # "at news conference")
    r"|\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?(?=[\s,.!?]|$)"  # a place: "in Damascus"
    r"|\s+(?:carried|published|posted|released|broadcast|aired|quoted|cited|read(?:\s+out)?|issued|sent|delivered|"
    r"addressed|circulated|distributed)\s+(?:by|on|in|to|at|over)\s+[^,;:.“”\"]{1,60}?(?=[,.!?]|$)"
    r"|\s+(?:viewed|shared|watched|seen|retweeted|liked)\s+(?:[^,;:.“”\"]|(?<=\d)[,.](?=\d)){1,60}?(?=[,.!?]|$)"
    r"|\s+on\s+condition\s+of\s+anonymity|\s+without\s+giving\s+(?:details|a\s+source)",
    re.IGNORECASE)
CHANNEL_BEFORE = re.compile(r"\b(?:in|on)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
CHANNEL_THAT = re.compile(r"^\s*(?:(?:on|in|at|to|via|through|during|from|for|over|since|throughout|after|"
                          r"(?:carried|published|posted|broadcast|aired|released|issued)\s+(?:by|on|in))"
                          r"\s+(?:[^,;:“”\"]|(?<=\d):(?=\d\d)){1,80}?"  # ("announced on X at 04:42 that")
                          r"(?:\s*,\s*(?:according to\s[^,;:“”\"]{1,70}?|[^,;:“”\"]{1,40}?),)?|"  # "on X, formerly Twitter, that"
                          r"(?:himself|herself|themselves|itself)(?:\s+[^,;:“”\"]{1,40}?)?)"
                          r"\s+that\s+",  # "said himself last year that"
                          re.IGNORECASE)
# "wrote to NAME with an offer that Tehran described as “...”": "that" opens a relative clause whose object is
# missing (the offer), no content
RELATIVE_GAP = re.compile(r"(?:[A-Z][\w’'\-]*|the\s+[\w\-]+)(?:\s+[\w’'\-]+){0,3}?\s+(?:\w+ly\s+)?(?:described|called|"
                          r"termed|dubbed|labell?ed|branded|denounced|dismissed|hailed)\s+(?:as\s+)?[“\"]")
# "claimed under the headline “The cemetery of the Merkavas” that ...": the headline (a statement of its own), then
# the content.
HEADLINE_THAT = re.compile(r"^\s*(?:under|with)\s+(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,2}?(?:headline|banner|title)\s+"
                           r"[“\"][^“”\"]{1,160}[”\"]\s*,?\s+that\s+")
# "a Telegram channel called “Axis Media”", "a group named X": the name a later "the channel" refers to.
CALLED_NAME = re.compile(r"\b(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}?([a-z]+)\s+(?:called|named|dubbed|known\s+as)\s+"
                         r"[“\"]?([A-Z][^,;:“”\"()]{1,60}?)(?=[,”\";:.]|\s+(?:which|that|who|and|has|had|is|was)\b)")
# "reported on Monday, citing “sources close to the Guard,” that ...": the source cited, then the content.
CITING_THAT = re.compile(r"^\s*(?:(?:on|in|late on|early on|last)\s+[^,;:“”\"]{1,40}?)?\s*,\s*(?:citing|quoting)\s+"
                         r"[^;:]{1,120}?(?:,[”\"]?|[”\"],)\s*that\s+", re.IGNORECASE)
# "..., field sources said": plain lower-case nouns between the comma and the speaker's head noun.
LOWER_MODIFIERS = re.compile(r",\s*((?:[a-z][a-z\-]+\s+){1,2})$")
FUNCTION_WORDS = frozenset("""and but or nor so yet then also as that which who whom while when where if than
not only even just still both either neither all each every any some most many much""".split())
# "BEIRUT –", "ALEPPO COUNTRYSIDE –", "DAMASCUS (Reuters) -": a dateline opening the first sentence.
# ("MASHHAD, Iran/ISLAM QALA, Afghanistan (Vantrell) -": places of two countries, each with its country)
DATELINE = re.compile(r"^[A-Z][A-Z’'\-]+(?:(?:[ ,]+|\s*/\s*)[A-Z][A-Z’'\-]+|,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*\.?"
                      r"(?:\s*\([^()]{1,40}\))?\s*[–—-]+\s+")
# ", Abu Youssef al-Halabi," / ", Gen. Abdel Fattah al-Burhan," / ", Rear Adm. Daniel Hagari," after a description.
NAMED_APPOSITIVE = re.compile(r"\s*,\s*(?:(?:(?:identified|introduced)\s+(?:here\s+|only\s+)?(?:by\s+[^,;“”\"]{1,60}?\s+)?"
                              r"(?:only\s+)?as|named|known\s+as|a\s+man\s+named)\s+[“\"]?)?"
                              r"((?:(?:[A-Z][a-z]+\s+)?[A-Z][a-z]{1,4}\.\s+){0,3}[A-Z][\w'’\-]*\s+"
                              # ("Sheikh Khalid bin Ahmed bin Mohammed Al Khalifa": particles inside the name)
                              r"(?:(?:[A-Z][\w'’\-]*|al|bin|bint|ibn|el|abu|de|da|di|van|von)\s+){0,6}"
                              r"(?:(?:al|bin|ibn|el|abu|de|da|di|van|von)[\s\-])?[A-Z][\w'’\-]*|"
                              # ("identified as R.B.,": initials only, as a monitoring report keeps people anonymous)
                              r"(?<=as\s)[A-Z]\.(?:\s?[A-Z]\.){1,3})"
                              # (a senator's state after the name: "Senator Ben Cardin of Maryland,")
                              # (or his body: "Dr NAME of the Gulf Centre for Strategic Readings,")
                              r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|for|of|and|the)){0,6})?"
                              r"(?:,[”\"]|[”\"]?\s*,)")
# "A former detainee, Khaled (not his real name),": a one-word name that the text says is a pseudonym
PSEUDONYM_APPOSITIVE = re.compile(r"\s*,\s*([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s*\((?:not\s+(?:his|her|their)\s+"
                                  r"real\s+name|a\s+pseudonym|pseudonym|name\s+changed|names?\s+changed[^()]{0,40})\)"
                                  r"\s*,")
PERSON_PRONOUN = re.compile(r"(He|She)\s")
SENTENCE_AFTER = re.compile(r"\s+(?:He|She|They|It|The|[A-Z][a-z]+\s+(?:is|was|has|had))\b")  # “...” She was fourteen
# "the young officer’s mother", "his widow": a relative of someone, quoted as saying.
KIN_QUOTED = re.compile(r"(?:the\s+|his\s+|her\s+|their\s+)?(?P<who>(?:[\w\-]+\s+){0,3}?(?:[\w\-]+[’']s\s+)?(?:[\w\-]+\s+)?"
                        r"(?P<kin>[a-z]+))\s*")
QUOTE_CHARS_RE = re.compile(r"[“”\"«»]")  # (a sentence with a quotation of its own is no narration about someone)
PRONOUN_START = re.compile(r"^(?:(?:but|and|yet|so|instead|then|still|however)[,\s]+)*(?:he|she|they|it)\s",
                           re.IGNORECASE)
# "the Majlis committee for national security": a committee of the body named before it.
BODY_OF_STATE = re.compile(r"(?:the\s+)?([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+(?:[a-z]+\s+)?(?:committee|commission|subcommittee)\b")
# ", who sits on the Majlis committee for ...,": the office a relative clause after a name gives him.
WHO_SITS_ON = re.compile(r"[ \t]*,\s*who\s+(?:also\s+|now\s+)?(?:(?:sits|sat|serves|served)\s+on|(?P<head>heads|leads|"
                         r"chairs|commands|directs))\s+([^,;:“”\"()\n]{3,120}?)\s*,")
# "Name Surname, spokesman of the committee" before ", who": the name, then its description.
APPOSED_NAME = re.compile(r"((?:[A-Z][\w’'\-]+\s+){1,3}(?:(?:al|bin|ibn|el|abu)[\s\-])?[A-Z][\w’'\-]+),\s+"
                          r"((?:an?\s+|the\s+)?[a-z][^,;“”\"]{2,100})$")
# ", the foreign ministry's spokesman," / ", a senior fellow at the Issam Fares Institute." after a name.
APPOSITIVE = re.compile(r"[ \t]*,\s*(?!who\b|which\b)((?:[^,;:“”\"()\n]|\([A-Z][\w\-]{1,9}\)){3,120}?)[ \t]*"
                        r"(?:,|\.(?:\s|$)|;|$|(?=\n))")  # (an acronym may stand in it: "a Kurdistan Democratic Party (KDP) member")
# "Last week the head of the Foundation of Martyrs, NAME," "Iran's ambassador, NAME,": the description a
# name in commas follows, from its determiner or possessive owner on (the clause's earlier words left out).
DESCRIPTION_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[Tt]he|[Aa]n?|[A-Z][\w\-]*[’']s)\s[^,;:.!?“”\"()\n]{3,140}?)\s*,\s*$")
# "a militia commander introduced as Abu Ali al-Askari": a description, then the name it goes by.
# A reduced relative clause before its agent: "A young woman interviewed at the protest by (the X channel)"
REDUCED_BY = re.compile(r"\s(?:interviewed|quoted|filmed|photographed|reached|contacted|questioned|seen|heard|recorded)"
                        r"\s(?:[^,;:“”\"]{0,60}\s)?by\s+(?:the\s+|a\s+|an\s+)?$")
# ("a spokesman for a brigade based near al-Qaim, who spoke ..., said": the place is no antecedent)
PLACE_BEFORE_WHO = re.compile(r"\s(?:near|in|at|from|outside|inside|of)\s+(?:the\s+)?[\w’'\-]+"
                              r"(?:\s+[A-Z][\w’'\-]*){0,2}$")
PARTICIPLE_PLACE = re.compile(r"\s(?:arrested|detained|held|captured|killed|wounded|injured|seen|filmed|photographed|"
                              r"stopped|picked up)\s+(?:near|in|at|outside|inside|on)\s+(?:the\s+)?[\w’'\-]+"
                              r"(?:\s+[A-Z][\w’'\-]*){0,3}$")
# A past participle and its place or time after a subject's head: "A student (arrested in Tabriz) told us"
PARTICIPLE_TAIL = re.compile(r"\s+(?:arrested|detained|held|captured|wounded|injured|freed|released|interviewed|"
                             r"reached|stationed|deployed|based|posted|trapped|displaced)\s+(?:in|at|near|outside|inside|"
                             r"on|from|during|after|last|earlier|this)\s+[^,;:“”\"()]{1,50}?\s+")
RESIDENCE_BEFORE = re.compile(r"\b(?:living|lives|based|resident|settled|exiled)\s+in\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}$")
RELATIVE_CLOSED = re.compile(r",\s+(?:who|which)\s[^“”\"]{1,160}?,\s*$")  # "NP, who said A, [told]"
TO_VERB = re.compile(rf"\s+to\s+(?!(?:{NP_OPENERS}|me|us|him|them)\b)[“\"]?[a-z]+\s")  # (and 'to “keep ...”')
ADDRESSEE_TAIL = re.compile(r"\s+(?:of|in|at|from|inside|near|across|along|on)\s+[^,;:“”\"]{1,80}?(?:,[^,;:“”\"]{1,60},)?(?=\s+to\s)")
# "told reporters travelling with him," "told journalists accompanying him.": who the addressees are, up to the clause's end
ADDRESSEE_PARTICIPLE = re.compile(r"\s+[a-z]+(?:ing|ed)\s+(?:with|aboard|alongside|on|in|at|outside|him|her|them)\b"
                                  r"[^,;:“”\"]{0,60}?(?=\s*(?:,|\.|$))")
OBJECT_COLON = re.compile(r"\s+(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+\s*:\s*(?=[“\"])")  # " the interviewer: “"
RELATIVE_COMMA = re.compile(r"\b(?:who|which|that)\s*,\s*$")  # "who, the site said, ..."
# "rejected the “manufactured” allegations": a judgement in quotation marks on the claims rejected
QUOTED_CLAIMS = re.compile(r"(?:the|these|those|such|all)\s+(?:[\w\-]+\s+)?[“\"][^”\"]{1,30}[”\"]\s+"
                           r"(?:[\w\-]+\s+)?"
                           r"(?:allegations?|claims?|accusations?|reports?|charges?|rumou?rs?|stories)\b")
KIN_OF = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?([a-z]+)\s+of\s+(?:an?|the|his|her|their)\s+"
                    r"([^,;:“”\"]{3,90}?)\s*")
ASKED_ASIDE = re.compile(r",\s+(?:\w+ly\s+)?(?:said|told|replied|answered|declined|refused|insisted|added|wrote)\b")
RELATIVE_END = re.compile(r"\b(?:which|who)$")
LOWER_TAIL = re.compile(r"(?:\s+(?:of\s+)?[a-z][\w\-]*){1,3}(?=\s*,)")  # "the UN panel (of experts),"
AGE_TAIL = re.compile(r",\s*\d{1,3}$")
AND_THAT = re.compile(r",?\s+and\s+that\s")
AND_BEFORE = re.compile(r",?\s+and\s+$")
NAMED_BY = re.compile(r"(?:\s+|,\s*)(?:who\s+goes\s+by\s+(?:the\s+name\s+)?|"
                      r"who\s+asked\s+to\s+be\s+(?:identified|named|called|quoted)\s+(?:only\s+)?(?:by\s+)?(?:as\s+)?|"
                      r"(?:introduced|identified|known)\s+(?:only\s+)?as\s+|"
                      r"who\s+(?:gave|gives|would\s+give)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|nom\s+de\s+guerre\s+|"
                      r"battle\s+)?(?:name|names)\s+as\s+|who\s+(?:identified|introduced)\s+(?:himself|herself)\s+"
                      r"(?:only\s+)?as\s+|"
                      r"who\s+(?:writes|posts|goes)\s+(?:under|by)\s+the\s+(?:name|pseudonym|pen[\s-]name)\s+)"
                      r"((?:(?:[A-Z][\w’'\-]*|al|bin|ibn|el|abu)[\s\-]+){0,4}[A-Z][\w’'\-]*|"
                      # "the umbrella group known as the Islamic Resistance in Iraq": a body's name
                      r"the\s+[A-Z][\w’'\-]*(?:\s+(?:(?:of|in|for|and)\s+(?:the\s+)?)?[A-Z][\w’'\-]*){0,5})(?![\w’'\-])")
# "A statement posted later on the group's Telegram channel", "an IRGC statement read aloud to mourners":
# a document subject before its verb, with what it was issued by or posted on.
DOC_SUBJECT = re.compile(
    r"^(?i:a|an|the|one|another)\s+(?:(?P<mod>(?:(?!(?:meeting|summit|conference|session|talks|gathering|ministers|leaders)[’'])[a-z]+(?=[’']s\s)|[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})"
    # ("A Saudi foreign ministry statement": the body's lower-case head; "The army’s statement": a described owner)
    r"(?:\s+(?:foreign|defen[cs]e|interior|information|health|military|army|navy|government|ministry|embassy|"
    r"office|presidency|cabinet|parliament|party|movement|group))*(?:\s+[a-z]+(?=[’']))?)(?:[’']s?)?\s+"
    r"(?:(?:joint|final|closing|official|brief|written)\s+)?|"
    # ("The meeting’s final communique said": a gathering's, whoever met)
    r"(?P<event>meeting|summit|conference|session|talks|gathering|ministers|leaders)[’']s?\s+"
    r"(?:(?:joint|final|closing|official)\s+)?(?=communiqu)|(?:[a-z][\w\-]*\s+){1,2})?"
    r"(?P<noun>statement|communiqu[eé]|message|post|video|letter|announcement|release|notice|claim)"
    r"(?:\s+(?P<rest>(?:(?:later|also|earlier|then|subsequently)\s+)?(?:posted|issued|released|published|carried|"
    r"broadcast|circulated|read(?:\s+(?:aloud|out))?|on|in|by|from|of(?=\s+(?:\d{1,2}\s+)?" + MONTHS + r"|\s+" + DAYS +
    r"))\b[^,;:“”\"]{0,80}))?\s*$")  # ("The army’s statement of 26 October said")
# (and a plural owner's: "The G7 ministers’ joint communique urged"; without the rest only with the owner)
DOC_OWNER = re.compile(r"\b(?:on|in|by|to|at|from)\s+((?:the\s+)?[^,;:“”\"\s][^,;:“”\"]{0,40}?)(?:[’']s\s|\s*$)")
# ", the Syrian Observatory for Human Rights,": a body's name set off after its description
REGISTERED_APPOSITIVE = re.compile(r"\s*,\s*(?:the\s+)?([A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|for|of|and|the)){0,7})\s*,")
ONE_NAME_APPOSITIVE = re.compile(r"\s*,\s*([A-Z][\w’'\-]+)\s*,")
# "identified only as “Abu Ali,”", "a man named “Sami”": a quotation there is a name.
NAMING_BEFORE = re.compile(r"\b(?:as|named|nicknamed|dubbed)\s*$")
# "..., and quoted a military source as saying": the quoted source is the speaker of what follows.
# "quotes an IRGC commander, identified only as Hajj Mehdi, as saying": an appositive may follow the source.
QUOTED_AS = re.compile(r"(?:,?\s*\b(?:and|but)\s+)?\bquot(?:ed|es|ing)\s+[“\"]?([^,;:“”\"]{2,80}?(?:,[^,;:“”\"]{2,100})?|"
                       r"[^,;:“”\"]{1,40}[“\"][^,;:“”\"]{2,60}[”\"])"  # ('quoted an unnamed “senior official” as')
                       r"[”\"]?(?:,?\s+as)?\s+$")  # ("quoted an unnamed commander saying": "as" left out)
UNNAMED_TAIL = re.compile(r"\s+(?:(?:who|whom|that)\s+)?(?:it|he|she|they|the\s+\w+)\s+(?:did|does|would|could)\s+not\s+"
                          r"(?:name|identify)\s*")
QUOTED_PLACE = re.compile(r"\s+(?:at|in|on|near)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3}\s*")  # where he was
TRAILING_NAME = re.compile(r"(?:(?:[A-Z][\w’'\-]*|al|bin|ibn|el|abu)[\s\-]+){1,4}[A-Z][\w’'\-]*$")
AS_SAYING = re.compile(r"\s+as\s+saying\b")
# One or two capitalised words right before a registered surname: maybe another person's given names.
GIVEN_NAMES = re.compile(r"((?:[A-Z][\w’'\-]+\s+){1,2})$")
# "NAME was quoted by Tasnim as saying ...", "... was quoted in the daily X as saying": the subject speaks.
PASSIVE_QUOTED = re.compile(r"\b(?:is|was|were|are|been|being)\s+(?:\w+ly\s+)?(?:quoted|cited)\s+"
                            r"(?:(?:by|in|on)\s+[^,;:“”\"]{2,80}?\s+)?as\s+$", re.IGNORECASE)
# A free relative or "as" clause holds the cue: "what officials call ...", "as the rebels call themselves".
WHAT_SUBJECT = re.compile(r"\bwhat\s+(?=[^,;:“”\"]{3,80}$|[^,;:“”\"]{3,40},[^,;:“”\"]{3,60},[^,;:“”\"]{1,20}$)",
                          re.IGNORECASE)  # (an appositive set in commas: "what the Leader, NAME, told")
THAT_CLAUSE = re.compile(r"\s*that\s+(?=\S)")
FREE_RELATIVE = re.compile(r"\b(?:what|as)\s+$", re.IGNORECASE)
# A demonym or bloc adjective right before a cue in -s makes it a plural noun ("American calls").
ADJECTIVE_BEFORE = re.compile(r"\b(?:[A-Z][a-z]+(?:an|ese|ish)|Western|Arab|Gulf|Israeli|Iraqi|Saudi|Emirati|"
                              r"international|foreign|repeated|renewed|growing)\s+$")
AUX_AFTER = re.compile(r"\s+(?:would|will|could|should|may|might|must|had|have|has|were|are|did|do|can)\b")
NO_PROPOSITION = re.compile(r"(?:most|all|some|any|none|many|each|both|either|neither|one|several|few)\s+of\s+"
                            r"(?:them|these|those|it|this|that)\s*[.!?]?$|otherwise\b|"
                            r"(?:a\s+lot|a\s+great\s+deal|(?:very\s+|so\s+)?(?:little|much)|plenty|nothing|something)"
                            r"(?:\s*[,.;!?]|\s+(?:about|on|of\s+(?:it|this|that)|in\s+public)\b|$)|"
                            # "said something I had never seen from them": a thing said, not what
                            r"(?:something|anything)\s+(?:I|we|you|that|which|new|else|similar|different|unusual|odd|"
                            r"strange|interesting|like)\b|"
                            # "Hezbollah had declared war on the Syrian people", "declared a state of emergency": acts
                            r"war\s+(?:on|against)\b|(?:a\s+)?state\s+of\s+emergency\b|martial\s+law\b|(?:a\s+)?curfew\b|"
                            # "announced the resignation of his government (on Tuesday)": an act
                            r"(?:the|his|her|its|their)\s+(?:own\s+)?resignation(?:\s+of\s+[\w\s’'\-]*?)?"
                            r"(?=\s*(?:[.!?,;]|and\b|on\b|$))|"
                            # "declared three days of public mourning", "declared a public holiday"
                            r"(?:(?:a|an|one|two|three|four|five|seven|\d+)\s+)?(?:(?:national|public|official)\s+)*"
                            r"(?:days?\s+of\s+)?(?:(?:national|public|official)\s+)*(?:mourning|holiday)"
                            r"(?:\s+(?:in|across|for|over|on)\s[^,;]*?)?(?=\s*(?:[.!?,;]|and\b|$))|"
                            # "the OPCW confirmed that years ago": "that" was the object, a time is all that follows
                            r"(?:(?:\w+|a|an)\s+)?(?:years?|months?|weeks?|days?|long|time)\s+ago\s*[.!?]?$|"
                            r"(?:last|this|next)\s+(?:week|month|year)\s*[.!?]?$|(?:yesterday|today|already)\s*[.!?]?$|"
                            # "The Houthis claimed it within hours": a pronoun object and a time, no content
                            r"(?:it|this|them)\s+(?:within|in|on|at|after|before|by|during|over|since|later|earlier|"
                            r"again|immediately|quickly|first|too|with)\b[^,;:“”\"]{0,40}$|"
                            # "They said the same thing in 2006, and again in 2014": what was said before
                            r"the\s+same(?:\s+(?:thing|things|words?|line|point|message))?(?:\s*,?\s+(?:in|on|at|about|"
                            r"again|before|after|last|this|every|each|too|twice|once|and)\b[^;:“”\"]{0,50})?\s*[.!?]?$|"
                            # "said in a statement, the text of which follows:": the text comes after
                            rf"{TEXT_OF_WHICH}|"
                            # "claimed responsibility for the attack, saying ...": an act, not a claim's content
                            r"(?:full\s+|sole\s+)?(?:responsibility|credit)\s+(?:for|over)\b",
                            re.IGNORECASE)
# ("saying it with a smile": a pronoun object and a manner)
# ("had told me otherwise": the opposite of what was said before, no content of its own; "it said a lot,
# and fast", "said little about the losses": an amount of talk, no content)
REFLEXIVE = re.compile(r"(?:itself|themselves|himself|herself)\b", re.IGNORECASE)
# An appositive's head, then what it is part of: "a fellow at X", "spokesman for X", "an analyst close to X".
TO_BODY = re.compile(r"(.{2,40}?)\sto\s")
APPOSITIVE_PP = re.compile(r"\s(at|with|of|for|close to|near|in|based in|from)\s+(.+)$", re.IGNORECASE)
BODY_PP = re.compile(r"\s(at|with|for)\s+(.+)$", re.IGNORECASE)
# A quantifier alone is no one's name: not a subject a later "she" is ("Every bottle ..., she wrote,"), and
# "Every" and "Any" stand for no speaker either ("Another said" and "Most said" do)
QUANTIFIER = re.compile(r"(?:every|each|all|some|many|most|few|several|both|any|another|other)", re.IGNORECASE)
EVERY = re.compile(r"(?:every|any)", re.IGNORECASE)
WHO_WHOSE = re.compile(r"(?:who|whose)\s", re.IGNORECASE)
# "hydrologist", "consultant", "dissident"; not "agreement", "event", "content", "incident"
AGENT_NOUN = re.compile(r"[a-z\-]{3,}(?:ist|ian|ant|(?<![mtv])(?<!cid)ent|eer|ologist|grapher)")
RELATIVE_TAIL = re.compile(r"\s+(?:who|which|whose|that)\s")
# A verb phrase after a relative clause's closing comma: " went on state television", " flew to Doha and"
LOWER_VP = re.compile(r"\s+(?!(?:the|a|an|he|she|it|they|we|i|his|her|its|their)\b)[a-z]+(?:ed|ent|ook|ew|ave|ame|old|"
                      r"ose|ought|ay|s)\b")
# A comma and a determiner: where the main clause's subject may start after a subordinate clause
MAIN_SUBJECT_AFTER = re.compile(r",\s+(?=(?:the|a|an|its|his|her|their)\s)")
# "a night when", "the moment when": a noun the "when" clause describes
TIME_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|one|that)\s+(?:\w+\s+)?(?:night|day|time|moment|morning|evening|week|"
                              r"year|hour|point|stage|era|period|place)\s*$")
# "a night when they believed", "the day we feared": a belief in a time clause inside someone's words
WHEN_PRONOUN_BEFORE = re.compile(r"\b(?:when|while|as|where)\s+(?:he|she|they|we|I|you|everyone|nobody)\s+"
                                 r"(?:all\s+|still\s+|really\s+)?$")
# A reporting clause, then the quotation resumed: 'he said in a statement on Monday, “a ...'
RESUMED_AFTER = re.compile(r"[^“”\"\n]{0,100}?,\s*[“\"]")
# Words after which a cue form is a noun ("the answer", "any reply")
NOUN_DETERMINERS = frozenset(("the", "a", "an", "its", "his", "her", "their", "this", "that", "any", "every", "each"))
AUXILIARIES = frozenset(("is", "are", "was", "were", "be", "been", "would", "will", "could", "can", "should", "may",
                         "might", "must", "do", "does", "did"))
# "identified here as A.K., who ..., told": the "as" of a name given, no naming clause ("as the rebels call them")
IDENTIFIED_AS = re.compile(r"\b(?:identified|introduced|known|named)\s+(?:here\s+|only\s+)?as\s+$")
# A month's abbreviation in a date: "on Nov. 8"
ABBREVIATED_DATE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.\s+\d")
# A number of people before their noun: "several hundred", "about 300", "dozens of"
QUANTITY = re.compile(r"(?:(?:several|some|many|a\s+few|about|around|nearly|almost|more\s+than|at\s+least)\s+)?"
                      r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+hundred|hundreds?|thousands?|dozens|"
                      r"scores)(?:\s+(?:hundred|thousand))?\s+(?:of\s+)?(?=[a-z])", re.IGNORECASE)
# A line that is only a short quotation without a sentence's end: a heading ("“Days, not months”")
QUOTED_HEADING = re.compile(r"[“\"‘]([^“”\"\n.!?]{1,80}?)\s*…?[”\"’]\s*")
FOOTNOTE = re.compile(r"(?:\[\d+\])+$|[ \t]+\[[A-Z][^\[\]\n:]{0,40}\]$")  # ("[3]", a source tag " [IRIB, Persian]")
# "The woman who says this is Samira Fakih": the quotation just before is hers (a feature's opening).
WHO_SAYS_THIS = re.compile(r"(?:The|That)\s+(?:[a-z][\w\-]*\s+){0,3}?(?:who|that)\s+(?:says|said|speaks|spoke|tells|told|"
                           r"remembers|recalls)\s+(?:this|these words|that|it)\s+(?:is|was)\s+"
                           r"((?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+)")
SAID_THIS = re.compile(r"\s(?:said|stated|expressed)\s+(?:this|these\s+views|these\s+remarks)\s+(?:while|at|during)\s")
OPEN_GAP = re.compile(r"[.,!?…]?[ \t]*\n\s*[“\"«‘][ \t]*")  # a paragraph break and the mark that reopens the quotation
PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # a block of lines between blank lines
DISPLAYED = re.compile(r"(?=[A-Z])")  # a paragraph of prose (not a list, a link or a quotation's mark)
BLOCKQUOTE = re.compile(r">[ \t]*")  # a quoted block's mark in plain text ("> The resistance is ...")
# "who writes under the name Abu Ali", "who writes for Kayhan": a byline, not a statement
WRITES_UNDER = re.compile(r"\s+(?:under\s+(?:the\s+)?(?:name|pseudonym|pen[\s-]name|nom\s+de\s+guerre)\b|for\s+(?:the\s+)?[A-Z])")
QUOTE_CHARS = "“”\"‘’«»„"
# A quotation mark, not an apostrophe ("Iran’s", "don’t"): a single curly quote next to no letter on one side.
# (not a plural's possessive: "the Guards’ media operation")
QUOTE_MARK = re.compile(r"[“”\"«»„]|(?<![\w.,!?])[‘’]|[‘’](?!\w)(?!(?<=s’)[ \t]\w)")


@lru_cache(maxsize=8192)
def _full_name_regex(surname: str) -> re.Pattern:
    """A surname with up to three capitalised words (or initials) before it: compiled once per surname
    in a run, not once per document (re's own cache of 512 patterns is too small for a corpus's names)."""
    # (an initial counts as a word: "External Affairs Minister S Jaishankar", "Laura B. Kessler")
    # (and a particle before the surname: "Hadi al-Amiri ... Amiri said")
    return re.compile(rf"\b((?:[A-Z](?:[\w'’-]+|\.?)[ \t]+){{1,3}})(?:(?:[Aa][lnrstdz]|[Ee]l|[Aa]sh)[-\s])?"
                      rf"(?i:{re.escape(surname)})\b")


class Extractor:
    """Extract statements from one document at a time (see module docstring).

    >>> ex = Extractor()
    >>> t = "Ali Shamkhani told reporters on May 9 that the attack was “a major violation” of the truce."
    >>> s = ex.extract(t)[0]
    >>> s["speaker"], s["kind"], t[s["start"]:s["end"]]
    ('Ali Shamkhani', 'partial', 'the attack was “a major violation” of the truce')
    """

    def __init__(self, registry: Registry | None = None, cue_folder: str | None = None):
        self.registry = self.reg = registry or Registry.default()
        self.cues = compiled_cues(cue_folder)

    # ---------------------------------------------------------------- document level
    def extract(self, text: str, segments=None, narration_speaker: str = "", narration_role: str = "author",
                date: str = ""):
        """All statements of ``text``; ``segments`` is the output of ``segment.segment``; ``date`` (ISO) is
        the article's, for titles whose holder changed ("Iran's foreign minister")."""
        self.reg = self.registry.on(date)
        if segments is None:
            segments = [("body", 0, len(text), "")]
        elif hasattr(segments, "itertuples"):
            segments = list(segments[["kind", "start", "end", "author"]].itertuples(index=False, name=None))
        regions = _newest_first(text, segments)
        if regions is None:
            return self._extract(text, segments, narration_speaker, narration_role)
        # A live blog newest first: its entries are read oldest first, so that "he" and "the spokesman"
        # look back to what was said before them in time; offsets are mapped back to the page's.
        pieces, shifted, moves, pos = [], [], [], 0
        for r0, r1 in regions:
            pieces.append(text[r0:r1] + "\n\n")
            moves.append((pos, pos + r1 - r0, r0 - pos))
            shifted += [(k, a - r0 + pos, b - r0 + pos, au) for k, a, b, au in segments if r0 <= a < r1]
            pos += r1 - r0 + 2
        out = self._extract("".join(pieces), shifted, narration_speaker, narration_role)
        for st in out:
            move = next(m for n0, n1, m in moves if n0 <= st["start"] < n1)
            st["start"] += move
            st["end"] += move
        out.sort(key=lambda st: st["start"])
        self.text = text
        return out

    def _extract(self, text, segments, narration_speaker, narration_role):
        self.text = text
        self.history = []   # mentions seen so far: dicts name/role/kind/mention/pos/known
        self.pending = []   # sentences whose subjects are not in the history yet (filled on demand)
        self.last_statement = None
        self.carry = None   # the statement whose quotation the previous paragraph left open
        self.lead_in = None  # (paragraph, speaker) whose words a paragraph of quotation after it may go on with
        self.full_text = None  # (paragraph, speaker) of a text given in full ("..., the text of which follows:")
        self.asked = -2  # the last paragraph that is an interviewer's question standing alone
        self.interviewee = None  # who answered such a question with a quotation paragraph
        self.asked_end = 0  # end of the sentence's "Asked about ...," opener (see _sentence)
        self._np_cache = {}
        # The one person whose name a byline gives: the "I" of a signed piece (an op-ed, a blog post)
        author = self.reg.resolve(narration_speaker) if narration_speaker and ";" not in narration_speaker else None
        self.signed_by = dict(name=author.name, role=author.role if author.role != "unknown" else "other",
                              kind="person", known=True) \
            if author is not None and author.kind == "person" and capitalised(author.name) and " " in author.name \
            else None
        self._genders = {}  # the pronoun ("he", "she") that first referred to a speaker's name
        self._scans, self._barriers = {}, None  # the whole text's names, for _answer's look-backs
        out = []
        reproduced, self._issuer = self._reproduced(segments), ()  # (): the text's issuer not looked up yet
        for p_idx, (kind, start, end, author) in enumerate(segments):
            if p_idx in reproduced:
                out.extend(self._reproduced_paragraph(reproduced[p_idx], start, end, p_idx, out))
            elif kind == "body":
                out.extend(self._paragraph(start, end, p_idx, narration_speaker, narration_role))
            elif kind == "comment" and author:
                out.append(dict(speaker=author, speaker_role="commenter", speaker_mention=author,
                                kind="comment", cue="says:", start=start, end=end, para=p_idx))
            elif kind == "post" and author:
                out.extend(self._post(author, start, end, p_idx))
            elif kind == "letter" and author:
                # a letter to the editor: its writer's comment, and the speech it reports, paragraph by paragraph
                out.append(dict(speaker=author, speaker_role="commenter", speaker_mention=author,
                                kind="comment", cue="letter", start=start, end=end, para=p_idx))
                for par in PARAGRAPH.finditer(text, start, end):
                    out.extend(self._reported_within(par.start(), par.end(), p_idx, author))
            elif kind == "answer" and author:
                out.extend(filter(None, [self._answer(author, start, end, p_idx)]))
                # Speech the interviewee reports ("Khamenei called the strike ...") is someone else's; but
                # "My delegation condemns ...", "France condemns ..." by France's delegate are his own words.
                out.extend(self._reported_within(start, end, p_idx, self._delegation(author)))
        self._named_after(out, segments)
        self._who_said_this(out, segments)
        _one_role_per_person(out)
        out = _join_open_quotes(text, out)
        for st in out:
            st["text"] = text[st["start"]:st["end"]]
            st.pop("para", None)
            st.pop("role_guessed", None)
        return out

    def _who_said_this(self, out, segments):
        """"“He ironed his own shirts.”\n\nThe woman who says this is Samira Fakih, ...": a paragraph of
        quotation with no speaker of its own is the person the next paragraph names so."""
        body = [i for i, seg in enumerate(segments) if seg[0] == "body"]
        for at, p in enumerate(body[1:], 1):
            m = WHO_SAYS_THIS.match(self.text, segments[p][1], segments[p][2])
            name = m.span(1) if m is not None else None  # where the speaker is named
            said = None if m is not None else SAID_THIS.search(self.text, segments[p][1], segments[p][2])
            if said is not None and said.start() - segments[p][1] < 160 and \
                    (np_ := self._speaker_np(segments[p][1], said.start())) is not None and np_[1] == said.start():
                # "“...”\n\nJUI-F information secretary Maulana NAME said this while addressing a rally": the
                # untagged quotation before is NAME's, whoever spoke before it
                name = np_
            if name is None:
                continue
            before = [st for st in out if st.get("para") == body[at - 1]]
            if not before or any(st["kind"] not in ("narration", "direct") for st in before) or \
                    said is None and any(st["kind"] != "narration" for st in before):
                continue
            q0, q1 = segments[body[at - 1]][1], segments[body[at - 1]][2]
            quotes = quote_spans(self.text, q0, q1)
            if len(quotes) != 1 or quotes[0][0] != q0 or _trim_end(self.text, q0, q1) > quotes[0][1] + 1:
                continue  # not a paragraph that is one quotation
            spk = self._resolve(self.text[name[0]:name[1]], name[0])
            if spk is None or spk.get("kind") != "person":
                continue
            st = dict(self._statement(spk, "says", q0 + 1, _trim_inner(self.text, q0 + 1, quotes[0][1]), quotes,
                                      kind="direct"), para=body[at - 1])
            i = out.index(before[0])
            out[i:i + len(before)] = [st]

    def _named_after(self, out, segments):
        """A wire lead's unnamed speaker ("A senior commander of the IRGC said that ...") is the person the
        next body paragraphs name with the same head noun and quote ("Brigadier General NAME, commander
        of the IRGC ... Corps, noted that ..."), as news agencies write their leads."""
        body = [i for i, seg in enumerate(segments) if seg[0] == "body"]
        lead = next((st["para"] for st in out if st["kind"] != "narration" and st.get("para") in body), None)
        for st in out:
            if st["kind"] == "narration" or st.get("para") != lead:
                continue
            words = TOKEN.findall(st["speaker_mention"])
            head = next((w.lower() for w in words[1:5] if w.lower() in self.reg.person_heads), None)
            if head is None:
                continue
            if words[0].lower() == "the":
                self._named_next(st, out, segments, body)
                continue
            if words[0].lower() not in ("a", "an", "one"):
                continue
            at = body.index(st["para"])
            later_paras = set(body[at + 1:at + 3])
            for later in out:
                name = later["speaker"]
                if later.get("para") not in later_paras or later["kind"] == "narration" or " " not in name or \
                        not capitalised(name) or later["speaker_role"] != st["speaker_role"]:
                    continue
                seg = segments[later["para"]]
                surname = re.escape(name.split()[-1])
                if re.search(rf"{surname}\s*,\s*(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}{head}\b|"
                             rf"\b{head}\s+(?:[A-Z][\w.'’-]*\s+){{0,5}}{surname}\b", self.text[seg[1]:seg[2]], re.I):
                    st.update(speaker=name, speaker_role=later["speaker_role"])
                    break

    def _named_next(self, st, out, segments, body):
        """"..., the governor of Homs province said.\n\nTalal al-Barazi told reporters ...": a lead's
        definite description is the person whose name opens the next paragraph when the text says nothing
        else of him (he then speaks in the description's role, and the lead is his)."""
        at = body.index(st["para"])
        if at + 1 >= len(body):
            return
        seg = segments[body[at + 1]]
        first = next((o for o in out if o.get("para") == body[at + 1] and o["kind"] != "narration"), None)
        if first is None or not self.text.startswith(first["speaker_mention"] + " ", seg[1]) or \
                " " not in first["speaker"] or not capitalised(first["speaker"]) or \
                first["speaker_role"] not in ("other", "unknown") or \
                first["speaker_mention"] != first["speaker"]:
            return
        name = first["speaker"]
        surname = name.split()[-1].removeprefix("al-")
        for o in out:  # ("Barazi said" later is he too)
            if o["speaker"] in (name, surname, name.split()[-1]) and o["speaker_role"] in ("other", "unknown"):
                o["speaker_role"] = st["speaker_role"]
        st.update(speaker=name)

    def _answer(self, label, start, end, p_idx):
        """An interview transcript's answer or an embedded post (see ``segment``): a direct
        statement by the labelled speaker ("Akbari": the Hossein Akbari named before), or for a
        bare "A" by the person last named before the transcript."""
        written = None
        if label in ("A", "Answer"):
            name = self._last_before(PERSON_NAME, start, lambda m: self.reg.resolve(m.group(0)).kind == "person")
        else:  # the label in full, as last named before ("Akbari" -> "Hossein Akbari", "AKBARI" too)
            # ("AL-BUKHAITI" is the "Mohammed al-Bukhaiti" of the introduction; a label of several words is
            # looked for as it is written there: "ABDUL-MALIK AL-HOUTHI" is "Abdul-Malik al-Houthi")
            written = label.title() if label.isupper() and len(label) > 3 else label
            written = self.reg.address.sub("", written)  # "MR MILLER:" is the "Matthew Miller" named before
            if label.isupper() and " " in written and written.split()[0].lower() in self.reg.title_words:
                written = written.split(None, 1)[1]  # "ADM. GRANT SOLBERG:" is the "Admiral Grant Solberg" named
            words = "{0,3}" if " " in written.strip() else "{1,3}"
            folded = f"(?i:{re.escape(written)})" if label.isupper() else re.escape(written)
            name = self._last_before(re.compile(rf"\b(?:[A-Z][\w'’-]+[ \t]+){words}{folded}\b"), start,
                                     (lambda m: not m.group(0).isupper()) if label.isupper() else None,
                                     rescan=NAME_BARRIER.search(written) is not None)  # (not the label itself)
        spk = self._resolve(name.group(0), name.start()) if name else None
        if spk is None and label not in ("A", "Answer"):
            spk = self._resolve(label, start)
        if spk is None and (CODED_SOURCE.fullmatch(label) or NUMBERED_PERSON.fullmatch(label)):
            # a research text's coded interviewee ("Interview 14", "R7"), a video's "Returnee 1": a person
            spk = dict(name=label, role="other", kind="person", mention=label, pos=start, known=True)
        if spk is None:
            return None
        if spk.get("kind", "person") == "person" and self.reg.resolve(spk["name"]).entry is None and \
                (name or written):
            # "Iran's ambassador to Damascus, Hossein Akbari": the words just before tell the role
            # better than a guess from what follows the name (here or where the text names him first;
            # a label named nowhere else, where the label says it: "Mr. Danon (Israel):"); a registered
            # person keeps the registry's.
            # ("FARSHCHIAN:" has the role her first label gave: "NEDA FARSHCHIAN, DIRECTOR, IRAN PROGRAM, ...:")
            if role := self._label_role(label, start):
                self._scans[("label role", spk["name"])] = role
            role = role or self._scans.get(("label role", spk["name"])) or \
                (self._role_before(name.start()) if name else None)
            role = role or self._role_in_text(name.group(0) if name else written.strip())
            if role is None and name:
                # "NAME is a senior fellow at the Centre for ...": the introduction tells the role
                bio = self._first_before(re.compile(rf"{re.escape(name.group(0))},?\s+(?:is|was)\s+"
                                                    rf"((?:a|an|the)\s[^.;\n]{{3,160}})"), start)
                role = bio and self._appositive_role(bio.group(1))
            spk = dict(spk, role=role or spk["role"])
        if name and spk.get("kind", "person") == "person":
            # "The Minister for the Middle East (Hamish Falconer):" is "the Minister" of the turns after it
            office = OFFICE_LABEL.search(self.text, max(0, name.start() - 90), name.start())
            self._flush()
            self.history.append(dict(spk, mention=office.group(1) if office else name.group(0),
                                     pos=name.start(), known=True, office=office is not None))
            self.history.sort(key=_POS)
        return dict(self._statement(dict(spk, mention=label), ":", start, end, [], kind="direct"), para=p_idx)

    def _label_role(self, label, start):
        """The role a broadcast transcript's label gives in capitals after the name ("HAIDAR AL-SAMARRAIE,
        SPOKESMAN, IRAQI PRIME MINISTER'S OFFICE (through translator):" is the "spokesman at Iraqi Prime
        Minister's Office": official), or None."""
        if not label.isupper():
            return None
        line = self.text[self.text.rfind("\n", 0, start) + 1:start]
        m = CAPS_LABEL_ROLE.match(line)
        if m is None or not line.startswith(label):
            return None
        parts = [p.strip() for p in m.group(1).split(",") if p.strip()]
        # (the first part is the head noun, the last the body: "DIRECTOR, IRAN PROGRAM, CARROW CENTER")
        body = " ".join(w if "." in w or w in ("US", "UK", "UN") else w.capitalize() if w not in SMALL_CAPS_WORDS
                        else w.lower() for w in parts[-1].split()) if len(parts) > 1 else ""
        return self._appositive_role(parts[0].lower() + (f" at {body}" if body else ""))

    def _reproduced(self, segments):
        """The body paragraphs of a text the page reproduces in full ("The full text of the statement
        follows:", "What follows is our full translation of the speech."), up to its end ("— End of
        text —", or the issuer's signature): {paragraph index: whose text} (a name, or None for the
        speaker of the last statement before the text). Its headings and stage notes are left out."""
        body = [i for i, seg in enumerate(segments) if seg[0] == "body"]
        text, found = self.text, {}
        for at, i in enumerate(body[:-1]):
            s0, s1 = segments[i][1], segments[i][2]
            m = FULL_TEXT.search(text, max(s0, s1 - 240), s1)
            if m is None:
                continue
            whose = m.group("whose")
            if not whose:  # "Full Text: Sheikh NAME's Speech on ...": the nearest such mention before it
                w = self._last_before(POSSESSIVE_TEXT, s1, rescan=True)
                whose = w and w.group("whose")
            for j in body[at + 1:]:
                p0, p1 = segments[j][1], segments[j][2]
                if TEXT_END.fullmatch(text, p0, p1):
                    found[j] = ""  # (skipped)
                    break
                issuer = ISSUED_BY.fullmatch(text, p0, p1)
                if issuer and not whose:
                    whose = issuer.group("whose")  # "Statement No. 4 of the Islamic Revolutionary Guard Corps"
                sign = text[p0:p1].split("\n", 1)[0].strip()
                if found and whose and sign and (sign == whose or self.reg.resolve(sign).name ==
                                                 self.reg.resolve(whose).name) and len(sign.split()) < 8:
                    found[j] = ""  # the issuer's signature ends the text
                    break
                found[j] = "" if issuer or HEADING_LINE.fullmatch(text, p0, p1) or \
                    STAGE_NOTE.fullmatch(text, p0, p1) else whose
            if found:
                return {j: (whose if w is None else w) for j, w in found.items()}  # (the issuer, found late)
        return {}

    def _reproduced_paragraph(self, whose, start, end, p_idx, out):
        """A paragraph of a reproduced text: its issuer's own words (direct), and the speech it reports
        (not the issuer's again: "The Guards once again warn ..." in the Guards' statement)."""
        if whose == "":
            return []
        if self._issuer == ():  # found at the text's first paragraph, for all of them (one text per page)
            if whose is None:  # the speaker of the last statement before the text
                last = next((st for st in reversed(out) if st["kind"] not in ("narration", "comment")), None)
                self._issuer = last and dict(name=last["speaker"], role=last["speaker_role"],
                                             mention=last["speaker_mention"], kind="person")
            else:
                w = re.search(re.escape(whose), self.text)
                self._issuer = self._resolve(whose, w.start() if w else start)
                self._issuer = self._issuer and dict(self._issuer, mention=whose)
        spk = self._issuer
        if spk is None:
            return self._paragraph(start, end, p_idx, "", "author")
        own = dict(self._statement(spk, "full text", start, _trim_end(self.text, start, end), [], kind="direct"),
                   para=p_idx)
        words = {w.lower().rstrip("s") for w in TOKEN.findall(spk["name"])}  # ("The Guards warn": the Guards')
        inner = self._reported_within(start, end, p_idx, spk["name"], words)
        if _mostly(inner, start, end) and not FIRST_PERSON.search(self.text, start, end):
            return inner  # a readout's "President Rouhani affirmed ...": the issuer reports, the speakers speak
        return [own] + inner

    def _reported_within(self, start, end, p_idx, own, own_words=frozenset()):
        """The speech that a speaker's own paragraph reports (an answer's, a reproduced text's), without
        the speaker's words again: "My delegation condemns ...", a statement of ``own`` (his name, or
        his state's for a delegate), or one whose mention ends in one of ``own_words``."""
        self.lead_in = None  # (the speaker's own words: no one else's paragraph of quotation goes on here)
        inside = self.text[start:end]
        # ("They asked me if ...": "they" in someone's own story is no group named outside it; "he" may well be)
        return [st for st in self._paragraph(start, end, p_idx, "", "author")
                if st["kind"] != "narration" and st["speaker"] != own and not SELF_MENTION.match(st["speaker_mention"])
                and st["speaker_mention"].split()[-1].lower().rstrip("s") not in own_words
                and (st["speaker_mention"].lower() not in ("they", "it") or st["speaker"].split()[-1] in inside)]

    def _delegation(self, label):
        """The state a UN delegate's label gives in brackets ("Mr. de Rivière (France):" -> "France"), or None."""
        key = ("delegation", label)
        if key not in self._scans:
            m = re.search(rf"^[ \t]*{re.escape(label)}[ \t]*\(([^()\n]{{2,60}})\)", self.text, re.M)
            self._scans[key] = self.reg.resolve(m.group(1)).name if m and m.group(1) in self.reg.countries else None
        return self._scans[key]

    def _post(self, author, start, end, p_idx):
        """An embedded post (a tweet, a Telegram channel's post): its account's words; or the words of
        whom a label relays ("Prime Minister NAME: “...”", "Hezbollah statement: ..."); or, for a news
        channel's post that is mostly someone's reported speech ("NAME condemned ..., saying ..."),
        those statements."""
        label = POST_LABEL.match(self.text, start, end)
        spk = label and self._colon_speaker(start, label.start("doc") if label.group("doc") else label.end("label"))
        if spk and (spk["kind"] == "person" or label.group("doc")):
            mention = dict(spk, mention=label.group("label"))
            return [dict(self._statement(mention, ":", label.end(), end, [], kind="direct"), para=p_idx)]
        self.lead_in = None  # (the account's words: no lead-in's speaker claims them)
        self._flush()
        saved = list(self.history), list(self.pending)
        inner = [st for st in self._paragraph(start, end, p_idx, "", "author") if st["kind"] != "narration"]
        if _mostly(inner, start, end):
            return inner
        self.history, self.pending = saved  # ("Our operations ...": the post's own words name no one to refer back to)
        own = self._answer(author, start, end, p_idx)
        if own is not None and own["speaker_role"] != "unknown":
            # "In the same speech he promised ...": the post's author, the one just quoted
            self.history.append(dict(name=own["speaker"], role=own["speaker_role"], kind="person",
                                     mention=author, pos=start, known=True))
            self.history.sort(key=_POS)
            self.last_statement = own  # ("He added that ..." goes on with the post's author)
        return list(filter(None, [own]))

    def _role_before(self, a):
        """The role that the words of the clause just before offset ``a`` give the name there ("Iranian
        Defence Minister Brig. Gen. NAME": official); a title's full stop ends no clause."""
        lead = self.text[max(0, a - 80):a]
        for m in reversed(list(LEAD_BREAK.finditer(lead))):
            if m.group(0) != "." or (w := WORD_BEFORE.search(lead, 0, m.start())) is None or \
                    w.group(0).lower() not in ABBREVIATIONS:
                lead = lead[m.end():]
                break
        if NAMED_AS_END.search(lead):
            return None  # "named in a complaint unsealed in federal court as NAME": the naming, not his office
        full = self.reg.title_abbreviations
        return self.reg.descriptor_role([full.get(w.lower().rstrip(".") + ".", w) for w in TOKEN.findall(lead)])

    def _role_in_text(self, name):
        """The role the text gives ``name`` where it first describes it ("Brigadier General NAME moved
        ..." before the transcript quotes "NAME:"), or None."""
        key = ("role", name)  # asked again for every answer of a transcript: once per document
        if key not in self._scans:
            self._scans[key] = next(filter(None, (self._role_before(m.start()) or self._role_after(m.end())
                                                  for m in re.finditer(rf"\b{re.escape(name)}\b", self.text))), None)
        return self._scans[key]

    def _surname(self, surname, pos):
        """The person a bare surname before ``pos`` names ("Niknam said", "Mr. Niknam"): the one named
        in full earlier as a speaker or subject (no look-back over every sentence, which would cost
        each a parse), else where the text names him in full (see _named_in_full); or None."""
        tail = " " + surname.lower()  # "Al-Zaidi" at a sentence start is the "Abbas al-Zaidi" named before
        head = surname.lower() + " " if surname.lower() in self.reg.family_first else None  # "Guo Jiakun ... Guo"
        for h in reversed(self.history):
            if h["kind"] == "person" and h["pos"] < pos and (h["name"].lower().endswith(tail) or
                                                             head and h["name"].lower().startswith(head)):
                return h
        return self._named_in_full(surname, pos)

    def _role_after(self, end):
        """The role an appositive after a name gives it (", a member of the political bureau of Ansar
        Allah,"; a parliament record's "(Kenbury) (Con)"), or None (", told AFP that ...": the clause goes
        on, no appositive)."""
        if PARTY_AFTER.match(self.text, end):
            return "official"
        if self.text[end:end + 2] in (" (", "(") and (paren := PAREN_TITLE.match(self.text, end)) and \
                (role := self.reg.descriptor_role(TOKEN.findall(paren.group(1)))):
            return role  # "Made by: NAME (Secretary of State for Defence)"
        if (line := TITLE_LINE.match(self.text, end)) is not None:
            # "Answered on 23 January 2024\nNAME\nMinister of State (Middle East)": the title on the line below;
            # a signature's "NAME\nResearch Fellow, Iraq\nThe Halvorsen Centre": the body on the line after it
            role = self.reg.descriptor_role(TOKEN.findall(line.group(1)))
            if role is None and (body := TITLE_LINE.match(self.text, line.end() - 1)) is not None:
                role = self._appositive_role(f"{line.group(1)} at {body.group(1)}")
            return role
        if (who := WHO_SITS_ON.match(self.text, end)) is not None:
            # ", who sits on the committee,": a member; ", who heads the group's bloc in parliament,": its head (not
            # ", who commanded a battalion in the 1990s,": no longer; ", who runs a tour agency,": a business)
            role = self._appositive_role(f"{'head' if who.group('head') else 'member'} of {who.group(2)}")
            if who.group("head") and role == "official" and re.match(r"an?\s+[a-z]", who.group(2)):
                return None  # ", who heads a council of Sunni seminaries,": no office of state for an unnamed body
            if who.group("head") and role == "organization" and not self.reg.armed_group_member(who.group(2)) and \
                    not self.reg.party_nouns.isdisjoint(w.lower() for w in TOKEN.findall(who.group(2))[-2:]):
                return "official"  # ", who heads the Lebanese Forces party,": a party's office-holder
            return role
        m = APPOSITIVE.match(self.text, end)
        return self._appositive_role(m.group(1)) if m and not self.cues["verb"].match(m.group(1)) else None

    def _named_in_full(self, surname, pos):
        """The person a bare surname names, from where the text gives the full name and says who he is
        ("Source: Iranian Defence Minister Brig. Gen. Mohammad-Reza Ashtiani" for a later "Ashtiani
        said"): the last such mention before ``pos``, else the first after it; None when there is none."""
        key = ("surname", surname)
        if key not in self._scans:
            found = []
            for m in _full_name_regex(surname).finditer(self.text):
                words = m.group(1).split()
                while words and (words[0].lower() in OPENING_WORDS or words[0].lower() in DETERMINERS or
                                 self.reg.descriptors.get(words[0].lower()) or words[0] in self.reg.official_titles):
                    words.pop(0)  # "Minister Mohammad-Reza Ashtiani", "But Ashtiani": not the given names
                if not words:
                    continue
                res = self.reg.resolve(" ".join(words + [self.text[m.end(1):m.end()]]))  # as written there
                role = res.role if res.role != "unknown" else \
                    self._role_before(m.end(1) - len(" ".join(words)) - 1) or self._role_after(m.end())
                if res.kind == "person" and " " in res.name and role:
                    found.append((m.start(), res.name, role))  # a described person ("buried in Behesht-e Reza": no)
            if surname.lower() in self.reg.family_first:
                # "Chinese Foreign Minister Wang Yi ... Wang said": the family name written first
                for m in re.finditer(rf"\b{re.escape(surname)}[ \t]+[A-Z][\w'’-]+(?:-[a-z]+)?\b", self.text):
                    res = self.reg.resolve(m.group(0))
                    role = res.role if res.role != "unknown" else self._role_before(m.start() - 1)
                    if res.kind == "person" and role:
                        found.append((m.start(), res.name, role))
                found.sort()
            self._scans[key] = found
        found = self._scans[key]
        if not found:
            return None
        before = [f for f in found if f[0] < pos]
        _, name, role = before[-1] if before else found[0]
        return dict(name=name, role=role, kind="person", known=True)

    def _first_before(self, pattern, start):
        """``pattern.search(text[:start])`` for a pattern with no look-around or anchor, which the end of
        the text never helps to match: the text's first match, when it ends by ``start`` (searched once
        per document and pattern, not in all the text before each answer again)."""
        key = ("first", pattern)
        if key not in self._scans:
            self._scans[key] = pattern.search(self.text)
        m = self._scans[key]
        if m is None or m.end() <= start:
            return m
        # No match before the text's first, whose end ``start`` cuts: the cut one may still match shorter.
        return None if m.start() >= start else pattern.search(self.text, 0, start)

    def _last_before(self, pattern, start, accept=None, rescan=False):
        """The last match that ``accept`` takes (default: any) of ``pattern.finditer(text[:start])``, or
        None. A transcript's every answer looks back over all the text before it: the text is scanned
        once per pattern, and the matches before the last ``NAME_BARRIER`` character before ``start``
        are the slice's as well (no attempt reads past a character it cannot match); only the words
        after it are scanned again. ``rescan``: the pattern can match such a character, scan it all."""
        text = self.text
        if self._barriers is None:
            self._barriers = [m.start() for m in NAME_BARRIER.finditer(text)]
        if pattern not in self._scans:
            matches = list(pattern.finditer(text))
            self._scans[pattern] = matches, [m.start() for m in matches]
        matches, starts = self._scans[pattern]
        i = bisect_left(self._barriers, start) - 1
        q = self._barriers[i] if i >= 0 and not rescan else 0
        for m in reversed(list(pattern.finditer(text, q, start))):
            if accept is None or accept(m):
                return m
        for j in range(bisect_left(starts, q) - 1, -1, -1):
            if accept is None or accept(matches[j]):
                return matches[j]
        return None

    # ---------------------------------------------------------------- paragraph level
    def _paragraph(self, p0, p1, p_idx, narr_speaker, narr_role):
        text = self.text
        if text[p0:p0 + 1] in "•·●" and (mark := BULLET.match(text, p0, p1)):
            p0 = mark.end()  # "• He called the blasts “a massacre”": a list item's sentence
        self._np_cache = {}  # offsets never repeat across paragraphs: keep memory flat on huge files
        quotes = quote_spans(text, p0, p1)
        carry, self.carry = self.carry, None
        open_ = _open_at_end(text, p0, p1, quotes)
        if open_ is not None:
            # Wire style: a quotation running into the next paragraph is left open here and the next
            # paragraph reopens it; it lasts to this paragraph's end.
            quotes = quotes + [(open_, _trim_end(text, open_, p1))]
        sents = [part for s0, s1 in _merge_over_quotes(sentence_spans(text, p0, p1), quotes)
                 for part in _heading_apart(text, s0, s1)]
        if (heading := _quoted_heading(text, p0, p1)) is not None:
            # "“For the first time in anger”" on a line of its own: a section heading made of someone's words,
            # which the text quotes where it reports them; no statement, nor a speaker going on through it
            carry = self.lead_in = self.full_text = None
            sents = [(p0, p1)]
        found = []
        lead_in, self.lead_in = self.lead_in, None
        if carry is None and lead_in is not None and lead_in[0] == p_idx - 1:
            carry = lead_in[1]  # "He told the crowd that ...\n\n“If our young men ...”": he goes on
        # ("told a gathering of veterans:\n\nOur young men ...": after a colon, a paper's block quotation
        # needs no marks)
        block = None if carry is None else BLOCKQUOTE.match(text, p0, p1) or \
            (DISPLAYED.match(text, p0, p1) if carry["cue"] == ":" and text[:p0].rstrip().endswith(":") else None)
        full, self.full_text = self.full_text, None
        if full is not None and full[0] == p_idx - 1 and len(TOKEN.findall(text, p0, p1)) >= 8 and \
                not FULL_TEXT_END.match(text, p0, p1) and (block := DISPLAYED.match(text, p0, p1)) is not None:
            carry = full[1]  # the next paragraph of a text given in full
        # (not after a heading "Mood in Dahiyeh: “We stayed up”", whose colon is no lead-in's)
        if carry is not None and text[p0:p0 + 1] in "“\"":
            found.append(carry)  # the speaker of the quotation left open before goes on
        for s_idx, (s0, s1) in enumerate(sents):
            sent_quotes = [q for q in quotes if s0 <= q[0] < s1]
            self.pending.append((s0, s1))
            del self.pending[:-8]  # pronouns and descriptions look back a few sentences at most
            # (a heading on a line of its own within the paragraph, as a page that breaks lines singly has)
            on_line = heading is not None or text[s0 - 1:s0] == "\n" and text[s1:s1 + 1] in ("\n", "") and \
                _quoted_heading(text, s0, s1)
            stmts = []
            if not on_line:
                stmts = self._sentence(s0, s1, sent_quotes) if not TRANSLATORS_NOTE.match(text, s0, s1) else []
                if not stmts:
                    stmts = self._quote_attribution(s0, s1, sent_quotes, found, s_idx)
                elif sent_quotes and not text[s0:sent_quotes[0][0]].strip() and \
                        not any(st["start"] <= sent_quotes[0][0] + 1 < st["end"] for st in stmts):
                    # '“You have chosen a war,” he said, addressing what he called “the princes”': the verbs found
                    # the later quotation only; the one the sentence opens with is still the postposed speaker's
                    stmts = self._quote_attribution(s0, s1, sent_quotes[:1], found, s_idx) + stmts
                elif any(UNDER_HEADLINE.search(text, max(s0, q0 - 90), q0) for q0, _ in sent_quotes):
                    stmts = self._headlines_besides(s0, stmts, sent_quotes) + stmts
            for st in stmts:
                st["sent"] = s_idx
                st["para"] = p_idx
                self.last_statement = st
            found.extend(stmts)
            if not stmts:
                found.append(dict(speaker=narr_speaker, speaker_role=narr_role, speaker_mention="",
                                  kind="narration", cue="", start=s0, end=s1, sent=s_idx, para=p_idx))
        if carry is not None and found and found[0] is carry:
            found.pop(0)
        if block is not None and (all(st["kind"] == "narration" for st in found) or full is not None and not any(
                st["kind"] != "narration" and (st["cue"].endswith("ed") or st["cue"] in ("said", "told", "wrote"))
                for st in found)):
            # (in a text given in full, "The Armed Forces affirm that ..." is the text's own words)
            # "he wrote:\n\n> The resistance is in no hurry. ... [4]": a quoted block that reports no one
            # else's words is the lead-in's speaker's
            spk = dict(name=carry["speaker"], role=carry["speaker_role"], mention=carry["speaker_mention"])
            # (a block without marks is one paragraph: the next one is the author's again)
            found = [dict(self._statement(spk, carry["cue"] or ":" if block.re is BLOCKQUOTE else "display", block.end(),
                                          _trim_end(text, block.end(), p1), [], kind="direct"), para=p_idx, sent=0)]
            self.last_statement = found[0]
            if full is not None or FULL_TEXT_FOLLOWS.search(text, max(0, p0 - 200), p0) is not None:
                self.full_text = (p_idx, carry)  # "..., the text of which follows:": the next paragraph too
        last = next((st for st in reversed(found) if st["kind"] != "narration"), None)
        if self.asked == p_idx - 1 and text[p0:p0 + 1] in "“\"" and found and found[0]["kind"] == "direct" and \
                found[0]["start"] <= p0 + 1 and self.reg.resolve(found[0]["speaker"]).kind == "person" and \
                capitalised(found[0]["speaker"]):
            # "What did they offer?\n\n“Four hundred dollars ...,” he says.": the feature's interviewee
            self.interviewee = dict(name=found[0]["speaker"], role=found[0]["speaker_role"],
                                    mention=found[0]["speaker_mention"])
        if open_ is not None and last is not None and last["kind"] == "direct" and last["start"] == open_ + 1:
            self.carry = dict(last, sent=-1)
        elif sents and open_ is None:
            self.lead_in = self._lead_in(p_idx, p0, sents[-1], last if last is not None and last["sent"] == len(sents) - 1
                                         and last is not carry else None)
        if carry is not None and text[p0:p0 + 1] == "[" and text[:p1].rstrip().endswith("]"):
            # "[“Cooking” is literal. ... Tasnim was still denying ...]": a translator's note between two paragraphs
            # of a quoted column; the column goes on after it
            self.lead_in = (p_idx, carry)
        for st in found:
            st.pop("sent", None)
        return found

    def _narrated_subject(self, s0, s1):
        """The named person a sentence of narration is about, as its subject ("Zahraa remembers the last
        argument.", "She is fifty-four now." after "Samira Fakih"), or None."""
        text = self.text
        n_words = len(TOKEN.findall(text, s0, s1))
        if text[s0:s1].rstrip()[-1:] not in ".!?" or n_words < 2:
            return None  # a heading ("Interviews"), not a sentence about someone
        lc = LEADING_CONJ_AT.match(text, s0, s1)
        p0 = lc.end() if lc else s0
        if (pr := PERSON_PRONOUN.match(text, p0, s1)) is not None:  # "He laughs."
            spk = self._pronoun(pr.group(1).lower(), p0)
            return spk if spk and spk["kind"] == "person" and capitalised(spk["name"]) else None
        if n_words < 3:
            return None
        if DIED.search(text, p0, s1):
            # "Reza’s cousin was killed near Palmyra.": the dead say nothing next; their relative, Reza, may
            owner = OWNER_OF_KIN.match(text, p0, s1)
            if owner is None or owner.group(2).lower() not in self.reg.kin_nouns:
                return None
            spk = self._resolve(owner.group(1), owner.start(1))
            return spk if spk and spk["kind"] == "person" and capitalised(spk["name"]) else None
        if (kin := self.reg.kin_name.match(text, p0, s1)) is not None:  # "Ali's younger sister Zahraa remembers"
            spk = self._resolve(kin.group(1), kin.start(1))
            return spk if spk and spk["kind"] == "person" else None
        self._flush()
        h = next((h for h in reversed(self.history) if h.get("subj") and s0 <= h["pos"] < s1), None)
        if h is None or h["kind"] != "person" or not h.get("known") or not capitalised(h["name"]) or \
                _plural(h["mention"]) or QUOTE_CHARS_RE.search(text, s0, s1):
            return None
        return h

    def _lead_in(self, p_idx, p0, last_sent, last):
        """Who a following paragraph that is all quotation goes on quoting: the speaker of a statement in
        this paragraph's last sentence, or of a clause ending in a colon ("..., read from a prepared
        text:")."""
        if last is not None:
            return p_idx, dict(last, sent=-1)
        s0, s1 = last_sent
        if self.text[s0:s1].rstrip().endswith("?") and self.text[p0:s0].strip() == "" and \
                not QUOTE_CHARS_RE.search(self.text, s0, s1):
            # "Were Iranian officers with you at the front?\n\n“The Iranians were always there. ...”": an
            # interview feature's question standing alone; the answer is the interviewee's
            self.asked = p_idx
            if self.interviewee is None:
                return None
            # "Does he regret going?\n\nHe takes a long time to answer.": he is the one asked
            self._flush()
            self.history.append(dict(self.interviewee, kind="person", pos=s0, known=True, subj=True))
            return _carried(p_idx, self.interviewee, "asked", s1) if NEXT_OPENS.match(self.text, s1) else None
        if (clip := CLIP_LABEL.fullmatch(self.text, s0, s1)) and (spk := self._clip_speaker(clip)):
            return _carried(p_idx, spk, "clip", s1)
        colon = self.text[s0:s1].rstrip()
        story = None if colon.endswith(":") else STORY_TOLD.search(self.text, s0, s1)
        if story is not None:
            # "She tells the story without looking at the poster.\n\n“He came home ...”": she speaks
            found = self._subject(self._skip_openers(s0, story.start()), story.start(), False)
            spk = found and found[0]
            return _carried(p_idx, spk, story.group(1), s1) if spk and spk.get("known") else None
        if not colon.endswith(":"):
            # "Samira is fifty-four now. She is unembarrassed about the way she mourns.\n\n“When they brought
            # him home, ...”": a paragraph about a named person leads in a paragraph of quotation
            spk = NEXT_OPENS.match(self.text, s1) and self._narrated_subject(s0, s1)
            return _carried(p_idx, spk, "lead-in", s1) if spk else None
        if (pm := IN_THE_PIECE.search(self.text, s0, s1)) is not None and \
                (piece := self._resolve(pm.group(1), pm.start(1))) is not None and piece.get("piece"):
            # "In the column he is only “the dear guest”:": the column goes on, whoever it is about
            return _carried(p_idx, piece, ":", s1)
        spk = self._colon_speaker(s0, s0 + len(colon) - 1)
        if spk is None:
            # "Iran's envoy, NAME, who ..., read from a prepared text:": the subject, however long.
            found = self._subject(self._skip_openers(s0, s0 + len(colon) - 1), s0 + len(colon) - 1, True)
            spk = found and found[0]
            if not spk or not spk.get("known") or spk["role"] == "unknown" and " " not in spk["name"]:
                return None
        return _carried(p_idx, spk, ":", s1)

    # ---------------------------------------------------------------- sentence level
    def _sentence(self, s0, s1, quotes):
        text = self.text
        sent = text[s0:s1]
        stmts = []
        taken = []  # (start, end) of speaker mentions and contents already used

        def inside_quote(pos):
            return any(a < pos < b for a, b in quotes)

        if ":" in sent[:40] and sent.rstrip()[-1:] not in ".!?:" and (hl := HEADLINE_SPEAKER.match(sent)) and \
                "\n" not in sent.strip() and not _has_quote(sent[:hl.end()]) and \
                not SECTION_NUMBER.fullmatch(text, text.rfind("\n", 0, s0) + 1, s0):
            # (not a numbered section's heading: "2. Tehran: applause, with a footnote")
            # A headline in the "NAME: what NAME said" form ("Gallant: Iran “tried to frighten Israel”"): a
            # registered speaker's ("News ID: 418273", "Red Sea: Attack on ...", "After Soleimani: revenge ..." are
            # labels; "Hezbollah: Called the victory ..." is a list of reactions, below)
            spk = self._resolve(hl.group(1), s0) if self.reg.resolve(hl.group(1)).entry is not None and \
                hl.group(1).split(None, 1)[0].lower() not in OPENING_WORDS | OPENING_PREPOSITIONS and \
                not VERB_FIRST_CAP.match(sent, hl.end()) and not self.cues["verb"].match(sent, hl.end()) and \
                not GERUND_FIRST.match(sent, hl.end()) else None  # ("Baghdad: sitting this one out": a description)
            if spk:
                c0 = s0 + hl.end()
                return [self._statement(spk, "headline", c0, _trim_end(text, c0, s1), quotes)]
        cues, words = self.cues, set(CUE_WORD.findall(sent))
        lower = set(map(str.lower, words))
        # Each cue regex only where the sentence holds a word its matches need (the result is the same).
        according = cues["according"].finditer(sent) if not cues["according_words"].isdisjoint(lower) else ()
        passive = cues["passive"].finditer(sent) if "by" in lower and not cues["passive_words"].isdisjoint(lower) \
            else ()
        verbs = self._verbs(sent, words)
        # "Hezbollah: Called the victory ...": a list of reactions ("Affirmed the minister ... that": see _verb)
        lab = REACTION_LABEL.match(sent) if ":" in sent[:45] or "– " in sent[:45] or "— " in sent[:45] else None
        if (lab or sent.find("ed ", 0, 24) >= 0 or sent.startswith(("Said ", "Told ", "Wrote "))) and \
                (vf := VERB_FIRST_CAP.match(sent, lab.end() if lab else 4 if sent.startswith("And ") else 0)) and \
                vf.group(1).lower() in cues["forms"]:
            verbs = chain([vf], verbs)  # "Affirmed the minister ... that": see _verb
        nouns = cues["noun"].finditer(sent) if "that" in lower and not cues["noun_words"].isdisjoint(lower) else ()
        if "that" in lower and not cues["copula_noun_words"].isdisjoint(lower):
            nouns = chain(nouns, cues["copula_noun"].finditer(sent))
        if quotes and not cues["copula_quote_words"].isdisjoint(lower):
            nouns = chain(nouns, cues["copula_quote"].finditer(sent))  # "Kayhan’s headline was “...”"
        # "According to X, ..." and "..., according to X."
        for m in according:
            a = s0 + m.start()
            if inside_quote(a) or ACCORDING_ASIDE.match(text, a, s1) or \
                    RELATIVE_COMMA_BEFORE.search(text, max(s0, a - 10), a):
                # (a verb's source set in commas: "said ..., according to SANA, that ...": the verb's; "a letter
                # that, according to the channel, she had written": an aside inside a relative clause)
                continue
            st = self._according(s0, s1, a, s0 + m.end(), m.group(1), quotes)
            if st:
                stmts.append(st)
                sub = st["start"] > a and self._clause_of_its_own(CONTRAST_CLAUSE, st["start"], st["end"], 60)
                if sub:
                    # "According to X, A, though the group says B": the contrast clause is not X's.
                    st["end"] = _trim_end(text, st["start"], sub.start())
                    self._set_kind(st, quotes)
                taken.append((min(a, st["start"]), max(st["end"], a)))
        # Passives: "X was criticized by Y", "It has been revealed by Y that ..."
        for m in passive:
            a = s0 + m.start()
            if inside_quote(a) or _overlaps(taken, a):
                continue
            st = self._passive(s0, s1, a, s0 + m.end(), m.group(1), quotes)
            if st:
                stmts.append(st)
                taken.append((st["start"], s0 + m.end()))
        # "Asked whether Riyadh had demanded X, he replied ...": the question's verbs report no one's speech.
        asked = ASKED_OPENER.match(sent)
        asked_end = self.asked_end = s0 + asked.end() if asked else s0
        said_this = WHO_SAYS_THIS.match(text, s0, s1)  # "The woman who says this is NAME"
        # Verb cues, left to right.
        for m in verbs:
            a, b = s0 + m.start(), s0 + m.end()
            if inside_quote(a) or _overlaps(taken, a) or a < asked_end:
                continue
            cue = self.cues["forms"][m.group(1).lower()]
            if NOT_A_VERB.search(text[max(s0, a - 12):a]) and not cue.participle:
                continue  # "a revealing communication", "have been announced killed"
            if cue.form[-1] == "s" and not cue.participle and PREPOSITION_NOUN.search(text, max(s0, a - 10), a):
                continue  # "won the run-off on promises to ease tensions": a noun after its preposition
            if cue.form[-1] != "d" and not cue.participle and NOUN_AFTER.match(text, b):
                continue  # "Syrian state media said": a noun's modifier, not a verb
            if not cue.participle and _possessor_before(text, max(s0, a - 40), a):
                continue  # "the Institute's report, published ..., found": a possessed noun ("he's said": has)
            if cue.form[-1] != "d" and not cue.participle and text[b:b + 1] == " " and \
                    self.cues["verb"].match(text, b + 1):
                continue  # "A UN report found that", "the claims said": a noun, the subject of the verb after it
            if cue.form[-1] != "d" and not cue.participle and text[a - 2:a - 1] in "rsy" and \
                    POSSESSIVE_DET.search(text, max(s0, a - 7), a):
                continue  # "Your report gave far too much space": a noun after a possessive
            if (cue.quoted and not (cue.content == "clause" and cue.form.endswith(("ed", "ing")) and
                                    not NOUN_DET_BEFORE.search(text, max(s0, a - 8), a))
                    or cue.weak and cue.content == "np" and not cue.form.endswith("ed")) and THAT_AFTER.match(text, b):
                continue  # "in a telephone call that ...", "a deafening blast that": no that-clause, so a noun
                # (but "shouted that “...”", "heard shouting that" is the verb; "the shouting that" a noun)
            if not cue.participle and cue.form[-1] in "dtn" and " to have " not in cue.form and \
                    PASSIVE_AUX.search(text, max(s0, a - 20), a):
                continue  # "another family is told that its son ...", "families are promised papers": a passive
            if cue.content == "object" and BARE_INFINITIVE.match(text, b):
                continue  # "had been visited by agents and told not to speak": no addressee, so a passive
            if cue.weak and not cue.form.endswith(("ed", "s")) and MODAL_BEFORE.search(text, max(s0, a - 24), a) and \
                    not THAT_AFTER.match(text, b) and text[b:b + 1] != ":":
                continue  # "Tehran would respond “decisively” to any aggression": no speech
            if cue.form in ("write", "writes", "wrote", "writing") and WRITES_UNDER.match(text, b):
                continue  # "Kata'ib Hezbollah's security official, who writes under the name Abu Ali, ..."
            if said_this and a < said_this.end():
                continue  # "The woman who says this is NAME": who spoke the quotation before (see _who_said_this)
            if cue.form.startswith("call ") and CALL_NOUN.search(text, max(s0, a - 24), a):
                continue  # "in a telephone call on Saturday": a noun
            if cue.form in ("called", "calling") and NAMED_AFTER.match(text, b) and \
                    INDEFINITE_BEFORE.search(text, max(s0, a - 40), a):
                continue  # "a Telegram channel called Front of Support 24 posted ...": a name, not speech
            if cue.participle and text.endswith(" in ", max(s0, a - 4), a):
                continue  # "wanted to make sure, in writing, that": an idiom, no one writing
            if a == s0 + 3 and text.startswith("To ", s0):
                continue  # "To ask the Foreign Secretary if ...": an infinitive, no one's speech
            if CONCESSIVE.search(text, max(s0, a - 50), a):
                continue  # "whatever Tehran says in public, it does not want a war": no statement
            if cue.cognition and WHEN_PRONOUN_BEFORE.search(text, max(s0, a - 24), a) and \
                    any(st["start"] < a < st["end"] for st in stmts):
                continue  # "said there had been a night when they believed they were about to be shot": his words
            if STORY_TOLD.match(text, a, s1):
                continue  # "She tells the story without looking at the poster": the story follows (see _lead_in)
            if cue.weak and cue.form[-1] not in "ds" and DETERMINED.search(text, max(s0, a - 40), a):
                continue  # "After the Hezbollah attack, ...": a noun
            if cue.form in NOUN_FORMS and ((det := DETERMINED.search(text, max(s0, a - 40), a)) and
                                           det.group(0).split()[0].lower() in ("the", "a", "an", "this") and
                                           det.group(0).split()[-1][-1:] != "s" or
                                           ANY_BEFORE.search(text, max(s0, a - 30), a)):
                continue  # "the Arabian Ledger report rests on ...", "any Israeli reply would": a noun (a verb: "reports")
            if cue.form == "states" and STATES_NOUN_BEFORE.search(text, max(s0, a - 14), a):
                continue  # "ambassadors from Security Council member states": countries, not a verb
            if cue.form[-1] == "s" and AUX_AFTER.match(text, b):
                continue  # "Arab states would", "the claims were": a plural noun, not a verb
            if cue.form.split()[0][-1] == "s" and not cue.participle and \
                    (adj := ADJECTIVE_BEFORE.search(text, max(s0, a - 24), a)) and \
                    adj.group(0).strip() not in self.reg.countries and self.reg.resolve(adj.group(0).strip()).entry is None:
                continue  # "dismissing American calls for a withdrawal", "Western calls for": a noun (not "Iran says")
            # A participle inside an earlier statement's content belongs to it ("..., warning it could").
            prev = next((st for st in stmts if st["start"] <= a < st["end"] + 2), None)
            if prev is not None and WHAT_CALLED_BEFORE.search(text, max(s0, a - 40), a):
                continue  # "condemned what he called “...”": the condemnation's words, not a second statement
            if cue.requires and prev is not None and not COORDINATED.search(text, max(prev["start"], a - 40), a):
                continue  # "warned that it held Damascus responsible": the warning's content ("wrote A and held B": two)
            if cue.participle and (pq := PASSIVE_QUOTED.search(text, max(s0, a - 120), a)):
                found = self._subject(self._clause_start(s0, pq.start(), False), pq.start(), True)
                if found is None and text[s0:pq.start()].rstrip().endswith(","):
                    # "At the funeral, where mourners chanted ..., the Guards’ chief commander, NAME, was quoted":
                    # the name set off just before
                    found = self._antecedent(pq.start(), pq.start())
                    found = found if found and found[0]["kind"] == "person" and found[0].get("known") else None
                st = found and self._saying(found, b, s1, cue, quotes)
                if st is not None:
                    stmts.append(st)
                    taken.append((st["mention_start"], st["mention_end"]))
                continue
            if cue.participle and not stmts and QUOTED_THEN_SAID.search(text, max(s0, a - 90), a):
                continue  # 'X's “...,” the statement said, adding that': the quotation's speaker (see _quote_attribution)
            if cue.participle and (qa := QUOTED_AS.search(text, max(s0, a - 220), a)):
                # "SANA quoted a military source as saying ...": the source quoted speaks.
                st = self._quoted_as(s0, s1, qa, b, cue, quotes)
                if st is not None:
                    if prev is not None and prev["end"] > qa.start():
                        prev["end"] = _trim_end(text, prev["start"], qa.start())
                        self._set_kind(prev, quotes)
                    stmts.append(st)
                    taken.append((st["mention_start"], st["mention_end"]))
                    continue
            if prev is not None and cue.participle and (wp := WITH_PARTICIPLE.search(text, max(prev["start"], a - 160), a)) \
                    and (found := self._subject(wp.end(), a, True)) is not None and found[0].get("known") and \
                    (st := self._saying(found, b, s1, cue, quotes)) is not None:
                # "India called for restraint, with ministry spokesperson NAME saying that B": NAME says B
                prev["end"] = _trim_end(text, prev["start"], wp.start())
                self._set_kind(prev, quotes)
                stmts.append(st)
                taken.append((st["mention_start"], st["mention_end"]))
                continue
            if prev is not None and cue.participle:
                after = PARTICIPLE_AFTER.search(text, a - 10, a)
                if after and "and" in after.group(0) and self.cues["forms"][prev["cue"]].content == "clause":
                    after = None  # "saying A and promising that B": one statement, as "said A and that B" is
                if not (after and (PARTICIPLE_THAT.match(text, b, min(s1, b + 80)) or cue.content == "np" and
                                   (AUXILIARY.search(text, prev["start"], a) or
                                    SUBJECT_PRONOUN.match(text, prev["start"])) or  # ('it “changes nothing,”')
                                   cue.content == "clause" and after.group(0).startswith(",") and
                                   (cue.form in SPEECH_PARTICIPLES and BARE_CLAUSE.match(text, prev["start"] - 1, a)
                                    and text[s0:prev.get("mention_start", s0)].rstrip()[-1:] in ("", ",") or
                                    getattr(self.cues["forms"].get(prev["cue"]), "content", "") == "np" or
                                    self._few_words(prev["start"], after.start())) and
                                   BARE_CLAUSE.match(text, b, min(s1, b + 80)))):
                    # ("condemned the strike, saying the enemy would pay", "denied any role, saying its
                    # officers are advisers": two statements; "vowed to retake the country, warning it could
                    # take long": one)
                    continue
                # "urged all parties to “...”, noting that B", "denied supplying X, insisting that B":
                # a participle with a that-clause of its own is a second statement by the same speaker; so is
                # one that names a thing after a clause ("denied that Iran had sent troops, describing such
                # reports as “...”"), not after a phrase ("claimed an attack, describing it as “...”").
                st = self._verb(s0, s1, a, b, cue, quotes, prev)
                if st is None:
                    continue
                # ("..., and saying that", "..., while acknowledging that": not "and", "while")
                cut = text.rfind(" ", 0, a - 1) if after.group("while") else \
                    a - 1 - (4 if text.endswith(" and", 0, a - 1) else 0)
                prev["end"] = _trim_end(text, prev["start"], cut)
                self._set_kind(prev, quotes)
                if prev["kind"] == "indirect" and (self.cues["forms"][prev["cue"]].weak or
                                                   self._few_words(prev["start"], prev["end"])):
                    # "questioned the deal, writing that B", "criticised Moscow, saying that B", "echoed Salami
                    # on Wednesday, telling a rally that B"
                    stmts.remove(prev)
                stmts.append(st)
                taken.append((st["mention_start"], st["mention_end"]))
                continue
            if prev is not None and cue.form[-1] == "s" and DETERMINED.search(text, max(s0, a - 40), a):
                continue  # "dismissed the Saudi remarks as ...": a noun inside the content, not a verb
            # "said A and called on B", "ran the headline “...” and accused", "described A as B but said":
            # the same speaker, whether or not the first content reaches the second verb.
            last = stmts[-1] if stmts and stmts[-1]["start"] < a else None
            if cue.participle and last is not None and last["end"] <= last.get("mention_start", -1) and \
                    POSTPOSED_THEN.fullmatch(text, last["mention_start"], a):
                # "A, the agency said, calling B “...”": the participle is the postposed speaker's.
                st = self._verb(s0, s1, a, b, cue, quotes, last)
                if st is not None:
                    stmts.append(st)
                    taken.append((st["mention_start"], st["mention_end"]))
                continue
            coordinated = _coordinator(text, last, a, cue) if last is not None else None
            inner = None
            if coordinated and "," in text[coordinated.start() - 2:coordinated.end()] and \
                    (outer := next((o for o in reversed(stmts[:-1])
                                    if o["start"] <= last.get("mention_start", -1) <= o["start"] + 5), None)):
                # "He noted that Tehran's letter promised A, and said B": after a comma, the outer speaker goes on,
                # not the one whose words fill his content from its start ("said that when X, an officer told them A,
                # and warned B": the officer)
                inner, last = last, outer
            st = self._verb(s0, s1, a, b, cue, quotes, coordinated and last)
            if st is None or any(o["start"] == st["start"] and o["end"] == st["end"] and o["speaker"] == st["speaker"]
                                 for o in stmts):
                continue  # ("responded by warning that ...": one statement, whichever verb found it first)
            for o in (last, inner) if coordinated else ():
                if o is not None and o["end"] > coordinated.start():
                    o["end"] = _trim_end(text, o["start"], coordinated.start())
                    self._set_kind(o, quotes)
            stmts.append(st)
            taken.append((st["mention_start"], st["mention_end"]))
        for tail in [st for st in stmts if st.get("mention_start", -1) > st["end"] and st["start"] - s0 < 3 and
                     st["speaker_role"] != "outlet" and "," not in text[st["mention_end"]:s1] and
                     st["cue"] != "reported" and not OWN_VOICE_TAIL.match(text, st["end"], s1) and
                     not OWN_VOICE_TAIL.match(text, st["mention_start"], s1)]:
            # "Qaani met the leaders and urged them to avoid escalation, two officials told Reuters": the whole
            # clause is the officials' account, the urging in it theirs to report (not Qaani's, up to "Reuters"); an
            # outlet's relay is not ("NAME told reporters that A, Reuters reported": NAME's), nor his own office's
            # ("NAME urged X to ..., his office said")
            stmts = [o for o in stmts if o is tail or not (tail["start"] <= o.get("mention_start", -1) < tail["end"]
                                                            and o["end"] > tail["end"])]
        # Noun cues: "the official Russian contention that ..."
        for m in nouns:
            a = s0 + m.start()
            if inside_quote(a) or any(st["start"] <= a < st["end"] for st in stmts):
                continue
            if OUR_BEFORE.search(text, max(s0, a - 8), a):
                continue  # "Does the Minister share my view that ...": the asker's own view, in a question
            if stmts and CHANNEL_BEFORE.search(text, max(s0, a - 12), a):
                continue  # "said in a statement that ...": the verb's channel, already a statement
            st = self._noun(s0, s1, a, s0 + m.end(), m.group(1), quotes)
            if st and not any(abs(o["start"] - st["start"]) < 3 for o in stmts):
                stmts.append(st)  # (not "denied by text message that ...": the verb's channel, its content)
        if " what " in sent:
            stmts.extend(self._what_said(s0, s1, stmts, quotes))
        if quotes and (" with " in sent or " under " in sent):
            stmts.extend(self._posted_with(s0, s1, stmts, quotes))
        for st in stmts:
            # "added that A and that NAME had told X that B": the second that-clause is NAME's statement
            # (and "..., and its spokesman, NAME, said B": a clause with a subject of its own, not "..., and said B")
            inner = next((o for o in stmts if o is not st and st["start"] < o.get("mention_start", -1) < st["end"]
                          and (cut := AND_THAT_BEFORE.search(text, max(st["start"], o["mention_start"] - 24),
                                                             o["mention_start"]) or
                               (o["speaker"] != st["speaker"] or o["mention_end"] > o["mention_start"]) and
                               AND_ANOTHER_BEFORE.search(text, max(st["start"], o["mention_start"] - 24),
                                                         o["mention_start"]))), None)
            if inner is not None:
                # (keeping the quotation's closing mark: 'called the raid “a lesson,” and Al-Alam ... reported')
                closing = text[cut.start():cut.start() + 2] in (",”", ',"', ",’")
                st["end"] = _trim_end(text, st["start"], cut.start() + 2 * closing)
                self._set_kind(st, quotes)
        # "He also warned Washington that ..., the state-run IRNA agency reported": the agency only relays
        # the statement its words hold (the speaker inside speaks).
        relays = [st for st in stmts if st.get("mention_start", -1) >= st["end"] and any(
            o is not st and st["start"] <= o["start"] and (o["end"] <= st["end"] + 1 or
                                                         st["start"] <= o.get("mention_start", -1) < st["end"])
            for o in stmts)]
        for st in relays:
            if self.reg.resolve(st["speaker"]).kind == "person" and capitalised(st["speaker"]):
                # "The Secretary-General had condemned the attack, he said": a later "he warned" is the one
                # who relayed it, named last
                self._flush()
                self.history.append(dict(name=st["speaker"], role=st["speaker_role"], kind="person",
                                         mention=st["speaker_mention"], pos=st["mention_start"], known=True))
                self.history.sort(key=_POS)
        for st in stmts:
            st.pop("mention_start", None)
            st.pop("mention_end", None)
        # (a signed piece's "I wrote that ..." without a quotation: the author's argument, narration)
        return [st for st in stmts if st["end"] > st["start"] and st not in relays and
                not (st["speaker_mention"] == "I" and st["kind"] == "indirect")]

    def _posted_with(self, s0, s1, stmts, quotes):
        """"A Facebook page shared it with the comment “...”", "posted the clip under the headline “...”":
        the quotation a post carries is its poster's words (the subject of the posting verb)."""
        text, out = self.text, []
        for m in POSTED_WITH.finditer(text, s0, s1):
            q = next(((a, b) for a, b in quotes if a == m.end() - 1), None)
            if q is None or any(st["start"] <= q[1] and q[0] < st["end"] for st in stmts) or \
                    any(a < m.start() < b for a, b in quotes):
                continue
            if cn := CALLED_NAME_BEFORE.search(text, s0, m.start()):
                # "a user called @sanaa.lion.313 posted ...", "a Telegram channel called X, which ..., posted": the
                # account named, in the role its description gives (a channel is an outlet)
                role = self.reg.descriptor_role(TOKEN.findall(cn.group("desc"))) or "other"
                spk = dict(name=cn.group("name").strip(), role=role, mention=cn.group("name").strip())
            else:
                found = self._subject(self._clause_start(s0, m.start(), False), m.start(), False)
                if found is None or not found[0].get("known", True):
                    continue
                spk = found[0]
            out.append(self._statement(spk, m.group(1), q[0] + 1, _trim_inner(text, q[0] + 1, q[1]), quotes,
                                       kind="direct"))
        return out

    def _what_said(self, s0, s1, stmts, quotes):
        """"..., in what they called a response to “the aggression”", "after what it said were repeated
        violations": the speaker's own words for the thing, a statement of its own, cut from the
        statement that holds it."""
        text, out = self.text, []
        for m in WHAT_SAID.finditer(text, s0, s1):
            if _quoted_at(text, s0, m.start()):
                continue
            subj = m.group("subj")
            holder = next((st for st in stmts if st["start"] <= m.end() and m.start() < st["end"]), None)
            if subj.lower() == "they" and holder is not None and (
                    " and " in holder["speaker_mention"] or _plural(holder["speaker_mention"])):
                # "The Americans and the British say that their strikes hit what they called X": they
                spk = dict(name=holder["speaker"], role=holder["speaker_role"], mention=subj)
            elif subj.lower() in PRONOUNS:
                spk = self._pronoun(subj.lower(), m.start("subj"))
            else:
                spk = self._resolve(subj, m.start("subj"))
            if not spk or not (spk.get("known", True) or spk.get("kind") == "government"):
                continue  # (a country is known: "Iran fired ... in what it called retaliation")
            c0 = m.end()
            c1 = _cut_at(text, WHAT_SAID_END, c0, self._content_end(c0, s1, quotes))
            if any(abs(st["start"] - c0) < 3 for st in stmts):
                continue  # "footage of what it described as X": the verb's own statement already
            if holder is not None and holder["speaker"] == spk["name"] and (
                    holder["start"] >= m.start() - 2 or not m.group("cue").startswith(("said", "says", "claim"))):
                continue  # "condemned what he called X", "to end what he called the genocide": the speaker's words
            if holder is not None:
                holder["end"] = _trim_end(text, holder["start"], m.start())
                self._set_kind(holder, quotes)
            out.append(self._statement(spk, m.group("cue").split()[0], c0, c1, quotes))
        return out

    def _verbs(self, s, words):
        """``self.cues["verb"].finditer(s)``, where ``words`` are the ``CUE_WORD`` tokens of ``s``."""
        return _starting_at(self.cues["verb"], s, self.cues["verb_words"].intersection(words))

    # ---------------------------------------------------------------- cue kinds
    def _verb(self, s0, s1, a, b, cue, quotes, coordinated_with=None):
        text = self.text
        if cue.document and not DOCUMENT_READ.match(text, max(s0, a - 40), min(s1, b + 3)):
            return None  # "The statement read: “...”" only; not "a statement read aloud to mourners called"
        if cue.content == "headline" and cue.quoted and not HEADLINE_LEAD.match(text, b, s1):
            return None  # "Kayhan ran “...” across its front page", not "ran a photograph", "who runs a company"
        if cue.postposed and not POSTPOSED_END.match(text, b):
            return None  # "The silence, he continued, would ...", not "continued to fight"
        if text.endswith("ed", a, b) and KEPT_INFORMED.search(text, max(s0, a - 50), a):
            return None  # "had kept the administration informed throughout": a state, nobody informs
        if cue.content == "question" and self._content_start(b, s1, cue) is None:
            return None  # "who asked not to be named": no question, and no subject to look up
        if cue.content == "question" and text.endswith(", ", max(s0, a - 2), a) and ASKED_ASIDE.search(text, b, s1):
            return None  # "Lapid’s office, asked whether policy had changed, said only that": it was asked
        if cue.content == "question" and REQUEST_OBJECT.match(text, b, s1) and NESTED_BEFORE.search(text, s0, a):
            return None  # "said A and that Washington had asked Israel to B": the request is part of what was said
        if cue.participle and text.find("hat ", max(s0, a - 60), a) >= 0 and \
                WHAT_PROGRESSIVE.search(text, max(s0, a - 60), a):
            return None  # "Red lines: what Tehran is telling Witkoff after three rounds": a topic, no words
        clause0 = self._clause_start(s0, a, cue.participle)
        if cue.cognition and AUTHOR_THAT.search(text, max(s0, clause0 - 40), clause0):
            return None  # "The danger is that both sides now believe ...": the author's own point about them
        if s0 < self.asked_end <= a:
            clause0 = max(clause0, self.asked_end)  # "Asked about reports that Iran had ..., he dismissed"
        before = text[clause0:a]
        head = before.rstrip()
        if head.endswith(","):
            # "An officer, speaking on condition that he not be named, described": the words before the
            # parenthetical are the verb's ("He did not, however, say" stays negated).
            opening = head.rfind(",", 0, len(head) - 1)
            if opening > 0 and any(qa < clause0 + opening < qb for qa, qb in quotes):
                opening = -1  # "would “strengthen, not weaken, the resistance”, adding": a comma of quoted words
            head = head[:opening] if opening > 0 else head
        last3 = " ".join(head.split()[-3:])
        last3 = last3[max(map(last3.rfind, QUOTE_CHARS)) + 1:]  # "is not a building,” vowing": quoted words
        if self.cues["negator"].search(last3):
            return None  # "did not mention", "never claimed"
        if coordinated_with:
            spk = dict(name=coordinated_with["speaker"], role=coordinated_with["speaker_role"],
                       mention=coordinated_with["speaker_mention"], kind="person", pos=coordinated_with["start"])
            m0 = m1 = a
        elif cue.research:
            found = self._research_subject(clause0, a)
            if found is None:
                return None  # "troops found the bodies": only a study or its authors report findings
            spk, m0, m1 = found
        else:
            if cue.content == "clause" and not cue.participle and text[s0:a].rstrip().endswith(","):
                st = self._inverted(s0, s1, a, b, cue, quotes)
                if st is not None:
                    return st
            found = self._subject(clause0, a, cue.participle)
            if found is None and self.signed_by and not cue.participle and clause0 == s0 and \
                    (me := FIRST_PERSON_SUBJECT.fullmatch(text, self._skip_openers(s0, a), a)):
                # "That afternoon I wrote to the UN that “...”": a signed piece's author quoting his own words
                # (his unquoted argument stays narration, and "When I mentioned ..., he said" is his question:
                # see _sentence)
                i0 = text.rindex("I", me.start(), a)
                found = (dict(self.signed_by, mention="I", pos=i0), i0, i0 + 1)
            if found is None and not cue.participle and (lab := REACTION_LABEL.fullmatch(text, clause0, a)) and \
                    (spk := self._resolve(lab.group("label"), clause0)) and spk.get("known"):
                found = (spk, clause0, clause0 + len(lab.group("label")))  # "Israel – Expressed concern over ..."
            if found is None and not cue.participle and cue.content in ("clause", "object") and \
                    VERB_FIRST.fullmatch(text, clause0, a) and (np_ := self._speaker_np(b, s1)) and \
                    (that := THAT_AFTER_SUBJECT.match(text, np_[1], s1)):
                # "Affirmed the deputy chairman of the Authority, NAME, on Sunday, that ...": a translation
                # keeps the Arabic order, the verb first, its subject after it
                spk = self._named(self._resolve(text[np_[0]:np_[1]], np_[0]), np_[0], np_[1], that.end())
                if spk and spk.get("known"):
                    found, b = (spk, np_[0], np_[1]), that.end() - 4  # (the content starts at that "that")
            if found is None and cue.participle and clause0 > s0:
                # "In an editorial it cast the dead as martyrs, writing that": the sentence's subject.
                found = self._subject(s0, a, True)
            if found is None and cue.participle and (ot := OPENER_TIME.match(text, clause0, a)) is not None and \
                    (np_ := self._speaker_np(ot.end(), a)) is not None:
                # "In 2019 the US Treasury placed him on its list, describing him as": the subject after a
                # time opener without its comma
                spk = self._resolve(text[np_[0]:np_[1]], np_[0])
                found = (spk, np_[0], np_[1]) if spk and spk.get("known") else None
            if found is None and COORDINATED.search(text, max(s0, a - 40), a):
                # "The ministry did not comment on the bridge but said ...": the sentence's subject.
                lc = LEADING_CONJ.match(text[s0:a])
                p0 = s0 + (lc.end() if lc else 0)
                if text[p0:p0 + 1] in "IOADBSL" and (ot := OPENER_TIME.match(text, p0, a)) is not None:
                    p0 = ot.end()  # "On Thursday the head of the agency, NAME, stood ... and said"
                if p0 < self.asked_end <= a:  # "Asked about X, Pompeo declined to comment but said"
                    p0 = self.asked_end + len(text[self.asked_end:a]) - len(text[self.asked_end:a].lstrip())
                word = TOKEN.match(text, p0)
                if EXPLETIVE_IT.match(text, p0):
                    pass  # "It is worth slowing down and asking what ...": no one
                elif word and word.group(0).lower() in ("he", "she", "they", "it"):
                    spk = self._pronoun(word.group(0).lower(), p0)  # "He paused, then added that ..."
                    found = (spk, p0, word.end()) if spk else None
                else:
                    np_ = self._speaker_np(p0, a)
                    if np_ is None and (qn := QUANTITY.match(text, p0, a)) is not None:
                        np_ = self._speaker_np(qn.end(), a)  # "several hundred students gathered ... and chanted"
                    # "A spokesman for the coalition, Colonel NAME, declined to ... but said": the name.
                    spk = np_ and self._named(self._resolve(text[np_[0]:np_[1]], np_[0]), np_[0], np_[1], a)
                    # (and people described by what they are: "students gathered ... and chanted")
                    found = (spk, np_[0], np_[1]) if spk and (spk["known"] or spk.get("role") not in (None, "unknown")) \
                        else None
            if found is None and (wh := WHAT_SUBJECT.search(text, clause0, a)):
                # "I will tell you what one young man told me: ‘...’": the subject after "what".
                np_ = self._speaker_np(wh.end(), a)
                spk = np_ and _filler(text[np_[1]:a]) and self._named(self._resolve(text[np_[0]:np_[1]], np_[0]),
                                                                      np_[0], np_[1], a)
                return self._announced(spk, np_[0], np_[1], b, s1, cue, quotes) if spk else None
            if found is None or any(qa < found[1] < qb for qa, qb in quotes):
                return None  # '“America must pay,” NAME said, adding': quoted words are no subject
            spk, m0, m1 = found
            if cue.weak and not spk.get("known") and not (cue.content == "np" and spk.get("role") not in (None, "unknown")
                                                          and AS_QUOTED.match(text, b + 1, s1)):
                return None  # (but "An adviser to the team dismissed the talk as “...”": a described speaker's words)
            if NO_ONE.search(text, max(clause0, m0 - 24), m1):
                return None  # "nobody outside Iran has confirmed": no one said it
            if CONDITIONAL_BEFORE.search(text, max(s0, m0 - 8), m0):
                return None  # "would strike if Iran attacked Americans": a condition, no one's words
            if spk.get("role") == "outlet" and (cs := CITED_SOURCE.match(text, m1, a)) and \
                    (res := self.reg.resolve(cs.group(1))).role in ("official", "organization") and \
                    res.kind == "person":
                # "Tasnim, citing an informed source in the Quds Force, reported": the insider speaks (not "citing
                # informed sources", who are no one's)
                spk, m0, m1 = dict(name=res.name, role=res.role, kind="person", mention=cs.group(1), pos=cs.start(1),
                                   known=True), cs.start(1), cs.end(1)
            if spk.get("role") == "outlet" and (cs := CITED_AFTER_VERB.match(text, b, s1)) and \
                    not cs.group(1).endswith("sources") and \
                    (res := self.reg.resolve(cs.group(1))).role != "unknown" and res.kind == "person":
                # "The paper reported, citing a security source, that", "reported, according to eyewitnesses,
                # that": the source cited speaks, the outlet relays (as CITED_SOURCE: "informed sources" are no one)
                spk, m0, m1 = dict(name=res.name, role=res.role, kind="person", mention=cs.group(1), pos=cs.start(1),
                                   known=True), cs.start(1), cs.end(1)
            if YES_NO_AUX.fullmatch(text, clause0, m0) and text[s0:s1].rstrip(" \n”\"’'")[-1:] == "?":
                return None  # "Will the Minister confirm that ...?": a question put to him, not his words
            if (fr := FREE_RELATIVE.search(text, max(s0, m0 - 8), m0)) and \
                    not IDENTIFIED_AS.search(text, max(s0, m0 - 30), m0) and \
                    not (fr.group(0)[:2].lower() == "as" and (THAT_CLAUSE.match(text, b, s1) or
                                                             text[b:b + 2].lstrip()[:1] in QUOTE_CHARS)):
                # ("as the crowd chanted “Iran, out!”": the words chanted, right after the verb)
                # "what officials call “the campaign”", "as the rebels call themselves": naming; but "what
                # one fighter told me in Aleppo: “...”" announces the quotation after the colon (and "..., as
                # Washington said that B" reports B).
                if cue.content == "np" and IN_WHAT.search(text, max(s0, m0 - 11), m0) and \
                        text[m0:m1].lower() not in PRONOUNS and \
                        (desc := CALLED_DESCRIPTION.match(text, b, s1)) and not _has_quote(desc.group(0)):
                    # "fired missiles, in what the Guards called revenge for the killing of X": what the attack
                    # was, in the speaker's words (not a name: "in what it calls Operation True Promise")
                    c0 = desc.start(1)
                    return self._statement(spk, cue.form, c0, _trim_end(text, c0, desc.end()), quotes, mention=(m0, m1))
                if cue.content == "np" and fr.group(0)[:4].lower() == "what" and \
                        (cq := CALLED_QUOTE.match(text, b, s1)) is not None and \
                        (q := next(((qa, qb) for qa, qb in quotes if qa == cq.end() - 1), None)) is not None and \
                        QUOTE_ENDS_PHRASE.match(text, q[1] + 1, s1) and \
                        len(words := TOKEN.findall(text, q[0] + 1, q[1])) >= 2 and not all(w[:1].isupper() or
                                                                                      w in NAME_LINKS for w in words):
                    # "summoned the ambassador over what it called “a coordinated smear”": a characterisation in
                    # the speaker's words (not a name: "what it calls “Operation True Promise”")
                    return self._statement(spk, cue.form, q[0] + 1, _trim_inner(text, q[0] + 1, q[1]), quotes,
                                           kind="direct", mention=(m0, m1))
                return self._announced(spk, m0, m1, b, s1, cue, quotes)
            if cue.content == "object" and any(qb < m0 and not text[qb + 1:m0].strip(" ,") for _, qb in quotes) \
                    and not re.match(r"[^“”\"]*?(?:\bthat\b|:)", text[b:s1]):
                return None  # "“...,” the commander told mourners on Sunday.": the quotation is what was told
            if cue.content in ("clause", "object") and text.rfind(",", max(s0, m0 - 40), m0) >= 0 and \
                    self._ends_clause(b, s1, cue):  # "..., the agency reported on Monday.": a comma first
                comma = text.find(",", b, min(s1, b + 80))
                # ("The Council's silence, he continued, would only ...": the sentence goes on after it)
                inside = comma >= 0 and PREDICATE_AFTER.match(text, comma) is not None
                # ("NAME had already set the terms: American soldiers, he said, would leave ...": after the colon)
                colon = text.rfind(":", s0, m0)
                h0 = s0 if colon < 0 or any(qa < colon < qb for qa, qb in quotes) else colon + 1
                h0 += len(text[h0:m0]) - len(text[h0:m0].lstrip())
                if RELATIVE_COMMA.search(text, max(s0, m0 - 12), m0) and (cm := re.match(r"\s*,\s*", text[b:s1])):
                    # "a drone operator who, the site said, “served eight years”": the relative clause goes on
                    # after the reporting clause, and it is what was said
                    c0 = b + cm.end()
                    return self._statement(spk, cue.form, c0, self._content_end(c0, s1, quotes), quotes,
                                           mention=(m0, m1))
                if not inside and comma >= 0 and (FRONTED_CONDITION.match(text, h0, m0) or
                                                   TIME_NP_OPENER.match(text[h0:m0])):
                    # "If the truce collapsed, he added, the state “will pay”", "The day after the meeting, the
                    # officials said, the use of ... rose": the whole sentence
                    inside = True
                if inside:
                    st = self._parenthetical(h0, s1, m0, b, spk, cue, quotes) or self._postposed(h0, m0, spk, cue, quotes)
                else:
                    st = self._postposed(h0, m0, spk, cue, quotes) or self._parenthetical(h0, s1, m0, b, spk, cue, quotes)
                if st is not None or text[s0:m0].rstrip(" ,")[-1:] in "”\"":
                    return st  # "“...,” the channel wrote in a post viewed 9,000 times.": the quotation pass's
        c0 = self._content_start(b, s1, cue)
        if c0 is None:
            return None
        if cue.content == "np" and (text.startswith("as ", c0) or text.startswith("of ", c0)) and \
                RELATIVE_BEFORE.search(text, max(s0, a - 40), a):
            # "whom it described as a “veteran”", "which he accused of “financing ...”": the object went
            # before, the description or the charge follows (but "dismissed as “groundless” remarks that
            # ...": the object comes after its description, which stays)
            c0 += 3
        c1 = self._content_end(c0, s1, quotes)
        if RELATIVE_OPEN.search(text, max(s0, m0 - 80), m0) is not None or \
                RELATIVE_WHO.search(text, max(s0, a - 90), a) is not None:
            # "Nujaba, whose leader NAME has said that B, published ...": the relative clause ends before the
            # main clause's verb
            main = next((m for m in MAIN_VERB_AFTER.finditer(text, c0, c1)
                         if not any(qa < m.start() < qb for qa, qb in quotes)), None)
            if main is not None:
                c1 = _trim_end(text, c0, main.start())
        relative = OBJECT_RELATIVE.search(text, max(s0, m0 - 8), m0) is not None
        if relative and "," in text[b:c0]:
            return None  # "the figure, which state media reported at the time, cannot be checked": the main clause
        if (relative or text[c0] in QUOTE_CHARS and WHERE_BEFORE.search(text, max(s0, m0 - 9), m0)) and \
                "," in text[c0:c1]:
            # "the strike, which Iran says prompted its response, Mao reiterated": the relative clause's comma
            # ("At the funeral, where mourners chanted “...” as the coffins passed, NAME was quoted": the same)
            comma = next((i for i in range(c0, c1) if text[i] == "," and not any(qa < i < qb for qa, qb in quotes)), c1)
            c1 = _trim_end(text, c0, comma)
        if c1 <= c0:
            return None
        introduced = INTRODUCED.search(text[b:c0]) is not None
        if (introduced or cue.content == "np") and "," in text[c0:c1]:
            # "warned that A, as Washington said that B", "accused X of “...,” while NAME, who ..., complained":
            # the adverbial clause has a speaker of its own
            other = self._clause_of_its_own(COMMA_SUBORDINATE, c0, c1, 100, quotes)
            if other is not None:
                c1 = _trim_end(text, c0, other.start() + (2 if text[other.start() + 1] in "”\"" else 0))
        if cue.weak and cue.content == "clause" and not introduced and (text[c0] not in QUOTE_CHARS or (
                q := next((q for q in quotes if q[0] == c0), None)) is not None and q[1] < c1 - 3 and
                len(TOKEN.findall(text, q[0], q[1])) < 4):
            # "Russia responds if ...", "ISIL maintains its resistance", "the Navy had responded “promptly” to the
            # call" (a quoted word, then the sentence goes on): not speech
            return None
        if cue.that and cue.content == "np":
            if not (NOUN_THAT.match(text, c0, c1) or AS_QUOTED.match(text, c0, c1) or
                    QUOTED_CLAIMS.match(text, c0, c1)):
                return None  # "rejected the offer": only a rejected claim ("reports that ...", "X as “a lie”")
        elif cue.that and not introduced and text[c0] not in QUOTE_CHARS:
            return None  # "the report found no evidence": a finding needs its that-clause
        if cue.content == "np" and (aq := AS_QUOTED.match(text, c0, c1)) and \
                (q := next(((qa, qb) for qa, qb in quotes if qa == aq.end() - 1), None)) and \
                AFTER_AS_QUOTE.match(text, q[1] + 1, c1):
            c1 = q[1] + 1  # "described her death as “...,” but he spent the speech on ...": the complement ends it
        ana = ANAPHORIC.match(text[c0:c1])
        if ana and not introduced:
            c1 = c0 + ana.end()  # "echoed this view when he ...": the content is "this view"
        elif not introduced and text[c0] not in QUOTE_CHARS and cue.content not in ("np", "question"):
            # The first subordinator outside quotation marks ("“to stop them before they came”" goes on).
            sub = next((m for m in SUBORDINATE.finditer(text, c0, c1)
                        if not any(qa < m.start() < qb for qa, qb in quotes)
                        and not TIME_BEFORE.search(text, max(c0, m.start() - 16), m.start())
                        and not text.endswith("that", max(c0, m.start() - 4), m.start())), None)
            # ("said A, and that as long as X, B": the subordinate clause opens the second that-clause)
            if sub and sub.group().strip().lower() in ("since", "after", "before") and \
                    PERFECT.search(text, c0, sub.start()):
                # "said they had lost 40 men since March", "said houses had been burned after the Peshmerga left":
                # the time belongs to the content
                sub = None
            if sub and sub.group().strip().lower() in ("when", "where") and \
                    TIME_NOUN_BEFORE.search(text, max(c0, sub.start() - 16), sub.start()):
                sub = None  # "said there had been a night when they believed ...": a relative clause of the content
            if sub and sub.group().strip().lower() in ("when", "while") and PAST_PERFECT.search(text, c0, sub.start()) and \
                    not PARTICIPLE_NEXT.match(text, sub.end()) and "," not in text[sub.start() - 2:sub.start() + 1]:
                # "said Moscow had been “nowhere to be seen” when the Islamic State retook the town", "said his fighters
                # had entered from the west while Iraqi units held the other bank": the content's own time (not
                # "said A while visiting B")
                sub = None
            if sub and AND_THAT.search(text, sub.end(), c1):
                sub = None  # "said the shots came from the roofs as the marchers passed, and that B": A goes on
            if sub and sub.group().strip().lower() in ("when", "after", "before", "until", "once") and \
                    FUTURE_IN.search(text, c0, sub.start()) and not PAST_AFTER.match(text, sub.end(), c1):
                sub = None  # "said the group would set out its position when its leader speaks": the content's time
            if sub and sub.group().strip().lower() == "as" and AS_MUCH_BEFORE.search(text, max(c0, sub.start() - 50),
                                                                                   sub.start()):
                sub = None  # "said the speech had been aimed as much at Iranians as at Washington": a comparison
            if sub and ASIDE_PARTICIPLE.search(text, max(c0, sub.start() - 30), sub.start()) and \
                    text.find(", ", sub.end(), c1) > 0:
                sub = None  # "said the killing, coming as the talks had reached a stage, pointed to": an aside
            if sub and sub.group().strip().lower() in ("since", "after", "before") and \
                    TIME_AFTER.match(text, sub.end()):
                sub = None  # "any American still there after Sunday evening “will be a target”": a time, no clause
            if sub and sub.group().strip().lower() == "as" and \
                    AS_VERB_BEFORE.search(text, max(c0, sub.start() - 60), sub.start()) and \
                    (AS_COMPLEMENT.match(text, sub.end(), c1) or text[sub.end():sub.end() + 1] in "“\"«"):
                sub = None  # "said he regarded Syria as Iran's front line", "had described it as “...”": a complement
            if sub and sub.group().strip().lower() in ("while", "whereas") and \
                    any(sub.end() <= qa < c1 for qa, _ in quotes):
                sub = None  # "said Iran had “paid in blood” while Moscow was “making deals”": quoted words go on
            if sub and sub.start() > c0:
                c1 = _trim_end(text, c0, sub.start())
        content = text[c0:c1]
        if cue.content == "object" and STORY.match(content):
            return None  # "Opposition groups tell a different story": the author's narration, no content
        if cue.form[:3] in ("wri", "wro") and WRITES_WHAT.fullmatch(content.rstrip(".")):
            return None  # "NAME writes The Kariz from Toronto", "She writes a weekly column for Shargh": a bio
        if NO_PROPOSITION.match(content):
            return None  # "The group denies most of them": a pronoun, no reported content
        if REFLEXIVE.match(content):
            return None  # "a group calling itself “the Avengers”": a name, not speech
        if cue.quoted and (not _has_quote(content[:100]) or
                           (q := QUOTE_CHARS_RE.search(content)) and COMMA_PRONOUN.search(content, 0, q.start())):
            # "called a meeting", "called up reservists"; "called me that night, he said “...”": his words
            return None
        first_quoted = c0 < s1 and text[c0] in QUOTE_CHARS
        # Without "that" or a quotation, two words are no proposition ("tell it differently").
        fronted = introduced and (INVERTED_IF.match(content) or FRONTED_PHRASE.match(content)) or (
            # "a statement, which its envoy said was unacceptable": the relative pronoun is the content's subject
            relative and FINITE_START.match(content)) or introduced and content.startswith(("nothing ", "little ")) or \
            cue.form.startswith("claim") and content.startswith(("to have ", "to be "))  # "claimed to have shot down"
        # ("wrote that nothing entered the port": after "that", a clause; "said nothing about it" is none)
        if not first_quoted and (BAD_CONTENT_START.match(content) and not fronted
                                 or _fewer_tokens(content, 2 if introduced else 3)):
            return None
        if cue.content == "headline":
            if cue.quoted and (hl := HEADLINE_LEAD.match(text, c0, c1)):
                c0 = hl.end()  # "went with a shorter thought across its top: “...”": the quotation after the colon
            q = next(((qa, qb) for qa, qb in quotes if qa >= c0 - 1 and qa <= c0 + 2), None)
            if q:
                c0, c1 = q[0], q[1] + 1
        st = self._statement(spk, cue.form if cue.content != "headline" else "ran the headline", c0, c1, quotes,
                             mention=(m0, m1))
        if cue.content == "headline" and st["kind"] == "direct":
            st["kind"] = "headline"
            if spk["role"] == "unknown":
                st["speaker_role"] = "outlet"  # "Ad-Diyar went with ...": whoever runs a headline publishes
        return st

    def _announced(self, spk, m0, m1, b, s1, cue, quotes):
        """"what one fighter told me in Aleppo: “...”": the quotation after the colon that ends the
        reporting clause, or None."""
        text = self.text
        colon = text.find(":", b, s1)
        if colon < 0 and text[max(0, m0 - 3):m0] == "As " and (comma := text.find(",", b, s1)) >= 0 and \
                (AS_SAID_TAIL.fullmatch(text, b, comma) or
                 cue.content == "object" and AS_TOLD_TAIL.fullmatch(text, b, comma)):
            # "As Sheikh Qassem put it in July, “...”", "As NAME said on Monday, the talks “are dead”": the
            # words after the clause's comma
            if text[comma + 1:comma + 3].lstrip()[:1] not in QUOTE_CHARS:
                c0 = comma + 1 + len(text[comma + 1:s1]) - len(text[comma + 1:s1].lstrip())
                c1 = self._content_end(c0, s1, quotes)
                if len(TOKEN.findall(text, c0, c1)) < 3:
                    return None
                return self._statement(spk, cue.form, c0, c1, quotes, mention=(m0, m1))
            colon = comma
        if colon < 0 or _has_quote(text[b:colon]):
            return None
        q = next((q for q in quotes if q[0] > colon and not text[colon + 1:q[0]].strip()), None)
        if q is None:
            that = THAT_CLAUSE.match(text, colon + 1, s1)
            if that is None:
                return None
            # "what the Leader told the families of the martyrs: that if these young men ...": reported
            return self._statement(spk, cue.form, that.end(), _trim_end(text, that.end(), s1), quotes, mention=(m0, m1))
        return self._statement(spk, cue.form, q[0] + 1, _trim_inner(text, q[0] + 1, q[1]), quotes, kind="direct",
                               mention=(m0, m1))

    def _quoted_as(self, s0, s1, qa, b, cue, quotes):
        """"quoted an official as saying the group would ...": the official, then the content."""
        text = self.text
        np_ = self._speaker_np(qa.start(1), qa.end(1))
        if np_ is None and not _has_quote(qa.group(1)) and \
                any((n2 := self._speaker_np(t.start(), qa.end(1))) and n2[1] == qa.end(1)
                    for t in TOKEN.finditer(text, qa.start(1), qa.end(1))):
            np_ = (qa.start(1), qa.end(1))  # "quoted currency traders as blaming": lower-case modifiers, then the head
        if np_ is not None and QUOTED_PLACE.fullmatch(text, np_[1], qa.end(1)) is not None:
            np_ = (np_[0], qa.end(1))  # "quoted an officer of the military police at the roundabout as saying"
        elif np_ is not None and UNNAMED_TAIL.fullmatch(text, np_[1], qa.end(1)) is not None:
            spk = self._resolve(text[np_[0]:np_[1]], np_[0])  # "quoted a Quds Force officer it did not name as saying"
            return self._saying((spk, *np_), b, s1, cue, quotes) if spk else None
        kin = KIN_QUOTED.fullmatch(text, qa.start(1), qa.end(1))
        if kin is not None and kin.group("kin").lower() in self.reg.kin_nouns:
            # "quoted the young officer’s mother as saying": a relative, described
            mention = text[kin.start("who"):qa.end(1)]
            spk = dict(name=mention, role="other", kind="person", mention=mention, pos=kin.start("who"), known=True)
            return self._saying((spk, kin.start("who"), qa.end(1)), b, s1, cue, quotes)
        if (np_ is None or np_[1] < qa.end(1) - 1) and _has_quote(text[np_[1] if np_ else qa.start(1):qa.end(1)]) and \
                (spk := self._resolve(QUOTE_MARK.sub("", text[qa.start(1):qa.end(1)]), qa.start(1))):
            return self._saying((spk, qa.start(1), qa.end(1)), b, s1, cue, quotes)  # 'an unnamed “senior official”'
        # ("quoted Larijani, who met Berri and NAME, as telling": Larijani, named before his relative clause)
        named_first = np_ is not None and WHO_AFTER.match(text, np_[1], qa.end(1)) is not None
        if not named_first and (np_ is None or np_[1] < qa.end(1) - 1):
            # "quoted PMF deputy chairman Abu Mahdi al-Muhandis as saying": the person named after the title
            tn = TRAILING_NAME.search(text, qa.start(1), qa.end(1))
            if tn is None and (spk := self._resolve(text[qa.start(1):qa.end(1)], qa.start(1))) and \
                    spk["role"] != "unknown" and spk["kind"] != "thing":
                # "quoted the chairman of parliament’s national security committee as saying": the office-holder
                return self._saying((spk, qa.start(1), qa.end(1)), b, s1, cue, quotes)
            if tn is None or tn.start() == qa.start(1):
                return None
            spk = self._resolve(tn.group(0), tn.start())
            if not spk or spk.get("kind") != "person":
                return None
            if spk["role"] == "unknown":
                spk["role"] = self.reg.descriptor_role(TOKEN.findall(text[qa.start(1):tn.start()])) or "unknown"
            return self._saying((spk, tn.start(), tn.end()), b, s1, cue, quotes)
        spk = self._resolve(text[np_[0]:np_[1]], np_[0])
        return self._saying((spk, *np_), b, s1, cue, quotes) if spk else None

    def _saying(self, found, b, s1, cue, quotes):
        """The statement of the speaker ``found`` (speaker, mention start, end) quoted "as saying" at ``b``."""
        spk, m0, m1 = found
        c0 = self._content_start(b, s1, cue)
        if c0 is None:
            return None
        c1 = self._content_end(c0, s1, quotes)
        if c1 - c0 < 3:
            return None
        return self._statement(spk, f"quoted as {cue.form}", c0, c1, quotes, mention=(m0, m1))

    def _ends_clause(self, b, s1, cue):
        """Whether the reporting verb ending at ``b`` ends its clause, after an addressee ("told AFP"),
        times ("late on Monday") and channels ("in a statement"): "..., the agency reported late on
        Monday." A cheap check first: most verbs are followed by their content."""
        text = self.text
        if POSTPOSED_END.match(text, b):
            return cue.content == "clause"
        pos = b
        if cue.content == "object":
            addressee = self._addressee(pos, s1)
            if addressee is None:
                return False
            pos = addressee[1]
            if POSTPOSED_END.match(text, pos):
                return True
        adjunct = self.cues["adjunct"]
        for _ in range(4):
            m = CHANNEL_ADJUNCT.match(text, pos, s1) or adjunct.match(text, pos, s1)
            if not m or not m.end() > pos:
                return False
            if "," in text[pos:m.end()].lstrip(" \t,"):
                return True  # "said on Friday, adding ...": the adjunct's comma ends the clause
            pos = m.end()
            if POSTPOSED_END.match(text, pos):
                return True
            if text[pos - 1:pos].isspace():
                pos -= 1  # the adjunct regex takes the space before the next word
        return False

    def _clause_of_its_own(self, pattern, c0, c1, reach, quotes=None):
        """The first match of ``pattern`` (a comma and a subordinator) in ``text[c0:c1]`` followed within
        ``reach`` characters by a speech verb that is not weak: a clause with a speaker of its own ("...,
        though the group says B"), or None. With ``quotes``, not inside a quotation nor with quoted words
        before the verb."""
        text = self.text
        for m in pattern.finditer(text, c0, c1):
            if quotes is not None and any(qa < m.end() - 2 < qb for qa, qb in quotes):
                continue  # (the subordinator, not the comma: "...,” while X complained": a quotation's comma)
            v = self.cues["verb"].search(text, m.end(), min(m.end() + reach, c1))
            if v and not self.cues["forms"][v.group(1).lower()].weak and \
                    (quotes is None or not _has_quote(text[m.end():v.start()])):
                return m
        return None

    def _few_words(self, c0, c1):
        """Whether a content is at most two words besides a time at its end ("Salami on Wednesday")."""
        words = TOKEN.findall(self.text, c0, c1)
        if len(words) > 2 and (t := self.cues["time"].search(self.text, c0, c1)) and not self.text[t.end():c1].strip():
            words = TOKEN.findall(self.text, c0, t.start())
        return len(words) <= 2

    def _addressee_end(self, pos, s1):
        """Where the content of an ``addressee`` cue starts after whom it addresses, when "that" follows:
        "warned the rebels and their backers on Sunday that ..." (not "warned Israel would pay ...")."""
        text = self.text
        possessive = POSSESSIVE_NP.match(text, pos, s1)
        if (m := possessive or PLAIN_OBJECT.match(text, pos, s1)) is not None and \
                ADDRESSEE_THAT.match(text, m.end(), s1):
            return m.end()
        if possessive is not None:
            end = possessive.end()
        elif (addressee := self._addressee(pos, s1)) is not None:
            end = addressee[1]
        else:
            return None
        if (m := CONJUNCT_NP.match(text, end, s1)) is not None:
            end = m.end()
        for _ in range(3):
            m = self.cues["adjunct"].match(text, end, s1)
            if not m or m.end() <= end:
                break
            end = m.end()
        return end if ADDRESSEE_THAT.match(text, end, s1) else None

    def _addressee(self, pos, s1):
        """(start, end) of an object cue's addressee at ``pos`` ("told them", "told reporters", "told
        a news conference", "told the ILNA news agency"), or None."""
        seg = self.text[pos:s1]
        m = OBJECT_PRONOUN.match(seg.lstrip())
        if m:
            lead = pos + len(seg) - len(seg.lstrip())
            return lead, lead + m.end()
        return self._speaker_np(pos, s1)

    def _postposed(self, s0, m0, spk, cue, quotes):
        """"An adviser was killed, the Tasnim news agency reported, without giving details.": the
        content is the clause before the speaker (a quotation there is left to the quotation pass)."""
        text = self.text
        head = text[s0:m0].rstrip()
        mod = LOWER_MODIFIERS.search(text, s0, m0)
        if mod and all(NOUN_MODIFIER.match(w) and w not in FUNCTION_WORDS for w in mod.group(1).split()):
            # "..., field sources said.": plain nouns before the speaker's head are part of it.
            spk = dict(spk, name=f"{mod.group(1).strip()} {spk['name']}", mention=text[mod.start(1):m0] + spk["mention"])
            head = text[s0:mod.start() + 1]
        elif (pm := OWNER_BEFORE_HEAD.search(text, max(s0, m0 - 60), m0)) is not None:
            head = text[s0:pm.start() + 1]  # "..., the canal's chief said": the content ends before its owner
        elif (co := CONJUNCT_BEFORE.search(text, max(s0, m0 - 60), m0)) is not None and \
                (np_ := self._speaker_np(co.start(1), co.end(1))) is not None and np_[1] == co.end(1) and \
                (first := self.reg.resolve(co.group(1))).role != "unknown":
            # "..., two Iraqi security officials and a source close to the factions told X": both speak
            spk = dict(spk, name=clean_mention(f"{co.group(1)} and {spk['mention']}"),
                       role=first.role if spk["role"] in ("other", "unknown") else spk["role"])
            head = text[s0:co.start() + 1]
        # ('The group would treat the troops as “an occupying force,” he said': a clause ending in a quotation;
        # not one resumed after the reporting clause, 'Threats “in front of cameras,” he says, “will not ...”')
        opening = s0 + max(head.rfind("“"), head.rfind('"', 0, len(head) - 1))  # the last quotation's mark
        quoted = head.endswith((",”", ',"')) and _quoted_at(text, s0, s0 + len(head) - 1) and \
            not RESUMED_AFTER.match(text, m0) and "\n" not in head and len(TOKEN.findall(text, s0, opening)) >= 4
        # (after a word or two, "Islamabad's “only purpose was ...,” the statement said", the quotation pass's)
        if not head.endswith(",") and not quoted:
            return None
        lc = LEADING_CONJ.match(head) or DATELINE.match(head)
        c0 = s0 + (lc.end() if lc else 0)
        content = text[c0:s0 + len(head) - (0 if quoted else 1)]
        words = TOKEN.findall(content)
        if len(words) < 4 or ADVERBIAL_START.match(content) or re.match(r"\w+(?:ed|ing)\b", content) or \
                content[:1] in QUOTE_CHARS or OPENER.match(content) and len(words) <= 6 or \
                words[-1].lower() in COPULAS or \
                FRONTED_CONDITION.match(text, c0, m0):
            # (a quotation opening the sentence is the quotation pass's: "“...,” he said"; "Hours after the
            # announcement, the coalition said, a missile was fired": an opener, the content after it)
            return None
        return self._statement(spk, cue.form, c0, s0 + len(head) if quoted else _trim_end(text, c0, s0 + len(head)),
                               quotes, mention=(m0, m0))

    def _inverted(self, s0, s1, a, b, cue, quotes):
        """"The toll is far higher, argues NAME of the Centre for ..., who ...": the reporting verb after
        the reported clause's comma, its speaker after the verb."""
        text = self.text
        lead = self._speaker_np(self._skip_openers(s0, a), a)
        if lead is not None and SET_OFF_APPOSITIVE.fullmatch(text, lead[1], a):
            return None  # "NAME, the spokesman of ..., said Washington and Paris, as guarantors, “...”": the subject
        np_ = self._speaker_np(b, s1)
        if np_ is None:
            return None
        pos = np_[1]
        for _ in range(3):  # "said the Pentagon in a statement on Monday."
            m = CHANNEL_ADJUNCT.match(text, pos, s1) or self.cues["adjunct"].match(text, pos, s1)
            if not m or m.end() <= pos:
                break
            pos = m.end()
        if not INVERTED_END.match(text, pos, s1):
            return None
        spk = self._resolve(text[np_[0]:np_[1]], np_[0])
        if not spk or cue.weak and not spk.get("known"):
            return None
        st = self._postposed(s0, a, spk, cue, quotes)
        if st is not None:
            st["mention_start"], st["mention_end"] = np_
        return st

    def _parenthetical(self, s0, s1, m0, b, spk, cue, quotes):
        """"Iran, he told reporters, had “no troops in Syria.”": a reporting clause set in commas after
        the reported clause's first words; the content is the whole sentence, the reporting clause inside
        it (as an interrupted quotation keeps its "he said")."""
        text = self.text
        head = text[s0:m0].rstrip()
        words = TOKEN.findall(head)
        # (a fronted condition may run longer: "If the market comes to accept that ..., he said, the question ...")
        if not head.endswith(",") or not 1 <= len(words) <= (20 if FRONTED_CONDITION.match(head + " ") else 12) or \
                _has_quote(head):
            return None
        comma = text.find(",", b, min(s1, b + 80))
        if comma < 0 or _has_quote(text[b:comma]) or any(ch in text[b:comma] for ch in ";:") or \
                "." in text[b:comma] and not ABBREVIATED_DATE.search(text, b, comma):
            return None  # (but "he told a news conference on Nov. 8,": a date's abbreviation)
        c0 = comma + 1 + len(text[comma + 1:s1]) - len(text[comma + 1:s1].lstrip())
        if text[c0:c0 + 1] in QUOTE_CHARS and words[-1].lower() in COPULAS:
            return None  # "The advice was, the paper said, “a salesman’s patter.”": the quotation pass's
        c1 = self._content_end(c0, s1, quotes)
        # "..., but he said that B": the second clause reports speech of its own
        turn = next((c for c in CONTRAST_CLAUSE.finditer(text, c0, c1)
                     if self.cues["verb"].search(text, c.end(), min(c.end() + 30, c1))), None)
        if turn is not None:
            c1 = _trim_end(text, c0, turn.start())
        if len(TOKEN.findall(text[c0:c1])) < 3 or LEADING_CONJ.match(text[c0:c1]) or \
                re.match(r"\w+ing\b", text[c0:c1]):
            return None  # "..., he said, adding that": the verb's own participle, not the reported clause
        lc = LEADING_CONJ.match(head)
        return self._statement(spk, cue.form, s0 + (lc.end() if lc else 0), c1, quotes, mention=(m0, m0))

    def _according(self, s0, s1, a, b, cue, quotes):
        text = self.text
        if (own := OWN_VIEW.search(cue)) is not None:
            # "In her view, “no supply driver could have been unaware ...”": the one "her" refers to, at the
            # sentence's start only ("..., in her view," inside a clause is the author's hedge)
            spk = self._possessor(own.group(1).lower(), a) if not text[s0:a].strip() else None
            c1 = self._content_end(b, s1, quotes)
            return self._statement(spk, cue.lower(), b, c1, quotes) if spk and c1 - b >= 3 else None
        rest = text[b:s1]
        lead = REPORT_OF.match(rest)
        n0 = b + (lead.end() if lead else 0)
        if (obj := ACCORDING_PRONOUN.match(text, n0, s1)) is not None and not text[s0:a].strip():
            # "According to him, the strikes “undermine ...”": whom "him" refers to, at a sentence's start
            spk = self._pronoun({"him": "he", "her": "she", "them": "they"}[obj.group(1)], n0)
            c0 = obj.end()
            c1 = self._content_end(c0, s1, quotes)
            return self._statement(spk, cue.lower(), c0, c1, quotes) if spk and c1 - c0 >= 3 else None
        np_ = self._speaker_np(n0, s1)
        if np_ is None and (ld := LOWER_DESCRIPTION.match(text, n0, s1)) and \
                self.reg.descriptors.get(ld.group(1).lower()) and (
                    ld.group(0).strip() != ld.group(1) or text[ld.end():ld.end() + 1] == ","):
            # "According to internal logistics records reviewed by ...": a document speaks; ", according to
            # maritime security firms." too, but not a bare "according to reports."
            np_ = (n0, ld.end())
        if np_ is None:
            return None
        m0, m1 = np_
        if text[m1 - 2:m1] in ("’s", "'s") or text[m1:m1 + 2] in ("’s", "'s"):
            # "According to the Guard's public relations office, ...": the source runs to the comma
            # (", according to Lebanon's health ministry.": to the sentence's end)
            tail = re.match(r"[^,;“”\"]{0,60}?(?=,|[.!?]?\s*$)", text[m1:s1])
            if tail:
                m1 += tail.end()
        if (lt := LOWER_TAIL.match(text, m1, s1)) is not None:
            m1 = lt.end()  # "According to a report by the UN panel, ...": the source's plain noun before the comma
        known = self.reg.find(text[m0:m1])
        if known and known[0][0] == 0 and known[0][1] < m1 - m0 and text[m0 + known[0][1]:m1].strip()[:1].isupper():
            m1 = m0 + known[0][1]  # "According to DEBKAfile IRGC troops, ...": the source ends at its name
        spk = self._resolve(text[m0:m1], m0)
        if spk is None:
            return None
        head = text[s0:a].strip()
        opener = ADVERBIAL_START.match(head) is not None and not (
            (inner := head.rstrip(",").find(",")) > 0 and len(TOKEN.findall(head[inner + 1:])) >= 4) and \
            not (inner < 0 and len(TOKEN.findall(head)) >= 6 and (FINITE.search(head) or PAST_VERB.search(head)))
        # ("On Sunday NAME ordered X, according to Y.": a clause, not an opener)
        # ("On Monday, according to X, ..." opens the sentence; "Meanwhile, forces killed 14 men, according to
        # X." is a clause before its source)
        if RELATIVE_END.search(head) and (comma := text.find(",", m1, s1)) > m1 + 10 and \
                FINITE_START.match(text[m1:comma].lstrip()):
            # "Israel, which according to several press reports has struck tankers since 2019, let this one pass":
            # the relative clause's predicate, up to its comma
            c0 = m1 + len(text[m1:comma]) - len(text[m1:comma].lstrip())
            c1 = _trim_end(text, c0, comma)
        elif head and not opener and len(TOKEN.findall(head)) >= 3 and not CONJUNCTION_END.search(head):
            # ("No figure was given, but according to IRNA, “millions” took part": the clause after it)
            # "..., according to Iranian media." - the content is what came before; unless it has its
            # own speech verb ("“...,” he told troops, according to a video published by the army").
            if any(not self.cues["forms"][v.group(1).lower()].weak and
                   not any(qa < v.start() < qb for qa, qb in quotes) and
                   not (not quotes and ORDER_TO.match(text, v.end(), a))  # ("told the carrier group to speed up")
                   for v in self.cues["verb"].finditer(text, s0, a)):
                return None
            c0 = s0 + (len(text[s0:a]) - len(text[s0:a].lstrip()))
            lc = LEADING_CONJ.match(text[c0:a])
            c0 += lc.end() if lc else 0
            c1 = _trim_end(text, c0, a)
        else:
            # "According to X, a former commander, ..." - skip appositives up to the clause.
            after = text[m1:s1]
            comma = re.match(r"^\s*(?:\([^)]*\))?\s*,\s*(?:(?:an?|the|who|which|citing|quoting)\s[^,]{1,120},\s*)?", after)
            if comma and FINITE.search(comma.group(0)):
                # "According to X, the model he built would now be “...”, and ...": a clause, no appositive
                comma = re.match(r"^\s*(?:\([^)]*\))?\s*,\s*", after)
            if not comma:
                comma = re.match(r"^[^,]{0,160}?,\s*", after) if not self.reg.find(text[m0:m1]) else None
            # No comma (or a known name): the content starts right after the source.
            c0 = m1 + (comma.end() if comma else len(after) - len(after.lstrip()))
            if head and self.cues["verb"].match(text, c0):
                return None  # "expressed condolences and, according to a readout, said that B": "said" reports B
            c1 = self._content_end(c0, s1, quotes)
            v = next((v for v in self.cues["verb"].finditer(text, c0, c1)
                      if not any(qa < v.start() < qb for qa, qb in quotes)), None)
            if v is not None and (found := self._subject(c0, v.start(), False)) and found[0].get("known") and \
                    found[0].get("kind") == "person" and capitalised(found[0]["name"]):
                return None  # "According to the HNA correspondent, Brigadier General NAME, ..., noted that": NAME
        if c1 - c0 < 3:
            return None
        return self._statement(spk, cue.lower(), c0, c1, quotes)

    def _passive(self, s0, s1, a, b, verb, quotes):
        text = self.text
        np_ = self._speaker_np(b, s1)
        if np_ is None:
            return None
        m0, m1 = np_
        if AS_SAYING.match(text, m1, s1):
            return None  # "NAME was quoted by Tasnim as saying": NAME speaks (the verb pass), not Tasnim
        spk = self._resolve(text[m0:m1], m0)
        if spk is None:
            return None
        that = re.match(r"^\s*(?:\([^)]*\))?\s*(?:,[^,]{1,80},)?\s*that\s+", text[m1:s1])
        if that:
            c0 = m1 + that.end()
            c1 = self._content_end(c0, s1, quotes)
        else:
            c0 = self._clause_start(s0, a, False)
            lc = LEADING_CONJ.match(text[c0:a])
            c0 += lc.end() if lc else 0
            c1 = _trim_end(text, c0, a)
            if text[c0:c1].strip().lower() in ("it", "this", "that"):
                return None
        if c1 - c0 < 3:
            return None
        return self._statement(spk, f"{verb.lower()} by", c0, c1, quotes)

    def _noun(self, s0, s1, a, b, noun, quotes):
        text = self.text
        of = NOUN_OWNER.match(text, a + len(noun), b)
        if of is not None:
            # "the claims of certain Western and regional media that ...": they claim
            spk = self._resolve(of.group(1), of.start(1))
            if spk is None or spk["role"] == "unknown" and not spk.get("known"):
                return None
        elif (owner := NOUN_POSSESSOR.search(text, max(s0, a - 80), a)) is not None:
            # "The appellant's evidence was that", "Iran's claim that", "his position is that": the possessor's
            spk = self._possessor(owner.group(2).lower(), owner.start(2)) if owner.group(2) \
                else self._resolve(owner.group(1), owner.start(1))
            if spk is None or spk["role"] == "unknown" and not spk.get("known"):
                return None
        else:
            if self.cues["copula_noun"].match(text, a) or self.cues["copula_quote"].match(text, a):
                return None  # "The evidence is that ...", "The headline was “...”": whose is not said
            pre = text[max(s0, a - 80):a]
            m = re.search(r"(?:\b(?:the|a|an|this|that)\s+)([^,;“”\"]{2,60})\s*$", pre, re.IGNORECASE)
            words = TOKEN.findall(m.group(1)) if m else []
            if not words or not any(w[:1].isupper() for w in words):
                return None
            mention = m.group(1).strip()
            spk = self._resolve(mention, a - len(mention) - 1, require_known=False)
            if spk is None:
                return None
        c0 = b + (len(text[b:s1]) - len(text[b:s1].lstrip()))
        c1 = self._content_end(c0, s1, quotes)
        if of is not None:
            c1 = _cut_at(text, PARTICIPLE_CLAUSE, c0, c1)  # "..., describing such analyses as": the subject's again
            if a < self.asked_end <= c1:
                c1 = _trim_end(text, c0, self.asked_end)  # "Asked about remarks by NAME that A, he said B"
        return self._statement(spk, noun.lower(), c0, c1, quotes)

    # ---------------------------------------------------------------- quotes without a cue
    def _quote_attribution(self, s0, s1, quotes, found, s_idx):
        text = self.text
        out = []
        for q0, q1 in quotes:
            inner = text[q0 + 1:q1]
            n_words = len(TOKEN.findall(inner))
            if n_words == 0:
                continue
            if out and out[-1]["end"] < q0 and text[s0:q0].rstrip().endswith(",") and \
                    not _has_quote(text[out[-1]["end"] + 2:q0]):
                # "“We will respond,” he said, “at the time of our choosing.”": the quotation resumes.
                first = out[-1]
                at = first["end"]
                if first["kind"] == "partial":  # (its span takes the closing mark and the comma before it)
                    at -= 1
                    while text[at - 1] in ",;.!? ":
                        at -= 1
                if out[-1]["kind"] in ("direct", "partial") and RESUMES_LOWER.match(text, q0 + 1) and \
                        INTERRUPTED.match(text, at, q0 + 1):
                    # One quoted sentence broken by its attribution is one statement, from its first
                    # quoted word to its last: the words "he said" between them are kept in the span.
                    first["end"] = _trim_inner(text, q0 + 1, q1) if first["kind"] == "direct" else q1 + 1
                    continue
                spk = dict(name=out[-1]["speaker"], role=out[-1]["speaker_role"], mention=out[-1]["speaker_mention"])
                out.append(self._statement(spk, "continued", q0 + 1, _trim_inner(text, q0 + 1, q1), quotes,
                                           kind="direct"))
                continue
            if n_words <= 2 and NOUN_DET_BEFORE.search(text, max(s0, q0 - 6), q0):
                continue  # "The “siege” it claims to have broken": a word in quotation marks inside a noun phrase
            after = text[q1 + 1:s1]
            if n_words >= 3 and ("—" in after[:4] or "–" in after[:4]):
                spk = self._dash_speaker(s0, q0, q1 + 1, s1)
                if spk:
                    # "“...” — a caller to state radio’s morning phone-in, April 15": the one the dash names
                    out.append(self._statement(spk, "dash", q0 + 1, _trim_inner(text, q0 + 1, q1), quotes,
                                               kind="direct"))
                    continue
            # “...,” said Salami.  /  “...,” the commander added. Only a short tail on one line
            # (after a comma or stop) can be such an attribution.
            tail = after.lstrip()
            tail = tail[1:].lstrip() if tail[:1] in (",", ".", "!", "?") else tail
            tail = tail.rstrip()
            # (a participle after the attribution is its speaker's next statement: "“...,” NAME told a gathering
            # on Nov. 3, adding that ...": the attribution is the part before it)
            pc = PARTICIPLE_CLAUSE.search(tail)
            short = len(tail if pc is None else tail[:pc.start()]) <= 200 and "\n" not in tail
            head = after[:200]
            cm = next(self._verbs(head, CUE_WORD.findall(head)), None)
            if cm and NAMING_BEFORE.search(text, max(s0, q0 - 12), q0):
                cm = None  # "identified only as “Abu Ali,” told": a name, not the words told
            if cm and NOT_A_VERB.search(after, 0, cm.start()):
                # "“liberated” Lebanon now presides over a state": a noun, not a speech verb; but "“...,” an
                # informed official said": an adjective, the verb a few words on
                cm = next((c for c in self._verbs(head, CUE_WORD.findall(head))
                           if cm.end() < c.start() <= cm.end() + 30 and not NOT_A_VERB.search(after, 0, c.start())),
                          None)
            if cm and short and not re.search(r"[“\"]", after[:cm.start()]):
                cue = self.cues["forms"].get(cm.group(1).lower())
                pre = after[:cm.start()].strip(" ,")
                post0 = q1 + 1 + cm.end()
                if pre:
                    if pre.lower() in ("it", "he", "she") and text[s0:q0].rstrip().endswith(":"):
                        # "NAME, one of the channels I read, was celebrating: “...,” it wrote": the subject of
                        # the clause before the quotation, which no look-back has kept yet
                        self._remember_subject(s0, q0)
                    spk = self._resolve_np_at(q1 + 1 + after.index(pre), q1 + 1 + cm.start())
                    if OWNER_VOICE.fullmatch(pre) and (own := self._possessor(pre.split(None, 1)[0].lower(), q1)):
                        spk = dict(own, mention=pre)  # "“...,” its front-page column began": the paper's
                else:
                    np_ = self._speaker_np(post0 + (len(text[post0:s1]) - len(text[post0:s1].lstrip())), s1)
                    spk = self._resolve(text[np_[0]:np_[1]], np_[0]) if np_ else None
                if cue and cue.document and not DOCUMENT_END.search(pre):
                    spk = None  # "“...,” the message read"; not "“...,” posters read"
                if spk and cue:
                    c0 = self._subject_lead_in(s0, q0, spk)
                    out.append(self._statement(spk, cue.form, c0, _trim_inner(text, q0 + 1, q1) if c0 > q0 else
                                               q1 + 1, quotes, kind="direct" if c0 > q0 else "partial"))
                    out.extend(filter(None, [self._participle_after(post0, s0, s1, quotes, out[-1])]))
                    continue
            if n_words >= 3 and (clip := CLIP_LABEL.fullmatch(text, s0, q0)):
                # "[CLIP — NAIM QASSEM, translated from Arabic]" over a quotation: the voice played
                spk = self._clip_speaker(clip)
                if spk:
                    out.append(self._statement(spk, "clip", q0 + 1, _trim_inner(text, q0 + 1, q1), quotes,
                                               kind="direct"))
                    continue
            colon_end = text[s0:q0].rstrip().endswith(":")
            if (n_words >= 3 or colon_end and PRINTED_WORDS.search(text, s0, text.rindex(":", s0, q0))) and (
                    colon_end or UNDER_HEADLINE.search(text, max(s0, q0 - 90), q0)):
                # (a one-word headline after "with a single word across it:")
                # "NAME went further on Twitter: “...”": the subject of the clause the colon ends (or the words
                # "under the headline" end: "X put a photo on its front page under the headline “...”")
                spk = self._colon_speaker(s0, text.rindex(":", s0, q0) if colon_end else q0)
                if spk:
                    out.append(self._statement(spk, ":", q0 + 1, _trim_inner(text, q0 + 1, q1), quotes,
                                               kind="direct"))
                    continue
            if not text[s0:q0].strip() and (lab := CAPS_LABEL.search(text, max(0, s0 - 40), s0)) is not None and \
                    (spk := self._label_speaker(lab.group(1), lab.start(1))) is not None:
                # "QASSEM: “We do not interfere ...”": a speech summary's excerpt under its speaker's name
                out.append(self._statement(spk, ":", q0 + 1, _trim_inner(text, q0 + 1, q1), quotes, kind="direct"))
                continue
            prev = next((st for st in reversed(found) if st["kind"] != "narration"), None)
            near = prev is not None and prev["speaker"] and (
                found and found[-1] is prev or (found and s_idx - prev.get("sent", -9) <= 2) or
                prev.get("sent") == -1 and s_idx == 0)
            if not near:
                if n_words >= 3 and found and found[-1]["kind"] == "narration" and not text[s0:q0].strip() and \
                        (q1 >= s1 - 2 or SENTENCE_AFTER.match(text, q1 + 1, s1)) and \
                        (spk := self._narrated_subject(found[-1]["start"], found[-1]["end"])):
                    # "Ali's younger sister Zahraa remembers the last argument. “I told him ...”": a quotation
                    # alone after a sentence about a named person is that person's
                    out.append(self._statement(spk, "lead-in", q0 + 1, _trim_inner(text, q0 + 1, q1), quotes,
                                               kind="direct"))
                break
            lead = text[s0:q0].strip()
            spk = dict(name=prev["speaker"], role=prev["speaker_role"], mention=prev["speaker_mention"])
            if not lead and inner.isupper() and q1 >= s1 - 2 and text[max(0, s0 - 1):s0] in ("", "\n"):
                break  # "“WHEREVER IT IS HIDING”", a line of its own in capitals: a subhead quoting no one
            if not lead and (q1 >= s1 - 2 or TRAILING_NOTE.fullmatch(text, q1 + 1, s1)):
                # A sentence that is all quotation continues the last speaker.
                out.append(self._statement(spk, "continued", q0 + 1, _trim_inner(text, q0 + 1, q1), quotes,
                                           kind="direct"))
            elif n_words >= 3 and PRONOUN_START.match(text[s0:s1]):
                # "But instead they suffered “the most humiliating defeat”": the account goes on.
                lc = LEADING_CONJ.match(text[s0:s1])
                c0 = s0 + (lc.end() if lc else 0)
                out.append(self._statement(spk, "continued", c0, _trim_end(text, c0, s1), quotes))
            break
        return out

    def _headlines_besides(self, s0, stmts, quotes):
        """"Kayhan ... splashed the story across page one with the headline “...,” and wrote that B": the
        headline, a quotation no statement of the sentence (B) holds, is the subject's too."""
        text, out = self.text, []
        for q0, q1 in quotes:
            if len(TOKEN.findall(text, q0, q1)) < 3 or any(st["start"] - 1 <= q0 < st["end"] + 1 for st in stmts) or \
                    not UNDER_HEADLINE.search(text, max(s0, q0 - 90), q0):
                continue
            # ("“...,” and Ham-Mihan ran, without a photograph, the headline “...”": the paper after "and")
            c0 = max([m.end() for m in AND_THE.finditer(text, s0, q0)
                      if m.group(1) is None and not _quoted_at(text, s0, m.end())] or [s0])
            spk = self._colon_speaker(c0, q0)
            if spk is None and UNDER_FRONTED.fullmatch(text, s0, q0) and (after := [st for st in stmts if st["start"] > q1]):
                # "Under the headline “Who let them in?” the paper asked how ...": the subject after it
                st = after[0]
                spk = dict(name=st["speaker"], role=st["speaker_role"], mention=st["speaker_mention"])
            if spk:
                out.append(self._statement(spk, ":", q0 + 1, _trim_inner(text, q0 + 1, q1), [(q0, q1)], kind="direct"))
        return out

    def _dash_speaker(self, s0, q0, q, s1):
        """The speaker a dash after a quotation names, when the sentence is the quotation alone (or under
        a label in capitals, "QUOTE OF THE WEEK:"): "“...” — NAME, title, date", or None."""
        text = self.text
        by = DASH_BY.fullmatch(text, q, s1)
        if by is None or not QUOTE_LABEL.fullmatch(text, s0, q0):
            return None
        np_ = self._speaker_np(by.start("np"), by.end("np"))
        if np_ is None or text[np_[1]:by.end("np")].strip() and not DASH_BY_PP.match(text, np_[1], by.end("np")):
            return None  # (a place or programme after the speaker: "a listener to a radio phone-in")
        spk = self._resolve(text[np_[0]:np_[1]], np_[0])
        return spk if spk and (spk.get("known") or spk["role"] != "unknown") else None  # (or "a listener")

    def _subject_lead_in(self, s0, q0, spk):
        """Where the words of a quotation attributed after it start: "Those who had bet on a war “have lost their
        bet,” he said" is the speaker's sentence from its subject on (the author only put the predicate in
        quotation marks); "The spokesman “was clear,” she said" too, but not when the subject is the speaker
        (a mention of the speaker inside it) or the words before the quotation are more than a plain subject."""
        text = self.text
        lead = text[s0:q0]
        if not RESUMES_LOWER.match(text, q0 + 1) or not SUBJECT_LEAD_IN.fullmatch(lead):
            return q0 + 1
        if next(self._verbs(lead, CUE_WORD.findall(lead)), None) or \
                any(h["name"] == spk["name"] and s0 <= h["pos"] < q0 for h in self.history[-12:]):
            return q0 + 1
        lc = LEADING_CONJ_AT.match(text, s0)
        return lc.end() if lc else s0

    def _participle_after(self, pos, s0, s1, quotes, said):
        """'“...,” X said in a statement, adding that B': B, a statement of the speaker of ``said`` (the
        quotation), when the first cue after the reporting verb (ending at ``pos``) is a participle
        that follows a comma, no quotation mark or stop between; else None."""
        text = self.text
        head = text[pos:s1]
        m = next(self._verbs(head, CUE_WORD.findall(head)), None)
        cue = m and self.cues["forms"][m.group(1).lower()]
        if not cue or not cue.participle or not REPORTING_TAIL.fullmatch(text, pos, pos + m.start()):
            return None
        return self._verb(s0, s1, pos + m.start(), pos + m.end(), cue, quotes, said)

    def _skip_openers(self, pos, end):
        """Past the leading conjunctions and adverbial openers of the clause ``text[pos:end]`` ("And",
        "On May 8,", "In a condolences letter,", "For example,")."""
        text = self.text
        while True:
            seg = text[pos:end]
            lc = LEADING_CONJ.match(seg) or TIMESTAMP_LEAD.match(seg) or LOCAL_TIME.match(seg)
            if lc and lc.end():
                pos += lc.end()
                continue
            comma = seg.find(",")
            if comma > 0 and (ADVERBIAL_START.match(seg) or OPENER.match(seg) or SUBORDINATE_OPENER.match(seg) or
                              MONTH_OPENER.match(seg) or (t := self.cues["time"].match(seg)) and
                              not seg[t.end():comma].strip()) and comma < len(seg) - 1:
                # ("As late as April, its officials insisted": the clause after "as" starts with its time)
                if (nm := OPENER_THEN_NAME.search(seg, 0, comma + 1)) is not None and \
                        APPOSITION_THEN_VERB.match(text, pos + comma + 1):
                    # "Later that morning Hussein al-Ezzi, the deputy foreign minister, wrote": the name is the
                    # subject, set off by its apposition, not the end of the opener
                    return pos + nm.start()
                pos += comma + 1
                pos += len(text[pos:end]) - len(text[pos:end].lstrip())
                continue
            return pos

    def _clip_speaker(self, clip):
        """The speaker a broadcast transcript's clip label names ("[CLIP — NAIM QASSEM, ...]"), if known."""
        name = clip.group(1).strip()
        spk = self._resolve(name.title() if name.isupper() else name, clip.start(1))
        return spk if spk and spk.get("known") and spk["kind"] == "person" else None

    def _label_speaker(self, label, pos):
        """The person a label in capitals names ("QASSEM", "NAIM QASSEM"): a registered or earlier-named one."""
        name = " ".join(label.title().split())  # "AL-ASKARI": "Al-Askari", as _clip_speaker spells it
        res = self.reg.resolve(name)
        if res.entry is not None and res.kind == "person":
            return dict(name=res.name, role=res.role, kind="person", mention=label, pos=pos, known=True)
        full = self._surname(name, pos) if " " not in name else None
        return dict(full, mention=label, pos=pos, known=True) if full else None

    def _colon_speaker(self, s0, colon):
        """The known speaker heading the clause that a colon before a quotation ends ("Mohsen Rezaei,
        secretary of the council, went further on Twitter:"), or None."""
        text = self.text
        presented = PRESENTED.match(text, s0, colon)  # "This is Hassan Nasrallah, speaking in Beirut:"
        pos = presented.end() if presented else self._skip_openers(s0, colon)
        if _has_quote(text[pos:colon]):
            return None
        if HEADLINE_LABEL.fullmatch(text, pos, colon):
            # "Front-page headline: «...»" under a paper's name in a press review: that paper's
            return self._description("paper", pos)
        if (by := SPEECH_BY.search(text, pos, colon)) and (np_ := self._speaker_np(by.end(), colon)):
            # "Resalat carried excerpts of a sermon by Hojatoleslam NAME, who led prayers ...: «...»"
            spk = self._resolve(text[np_[0]:np_[1]], np_[0])
            if spk and spk.get("known") and spk["kind"] == "person":
                return spk
        if (pw := WORDS_OF.search(text, pos, colon)) is not None and \
                (spk := self._resolve(pw.group(1), pw.start(1))) and spk.get("known") and spk["kind"] == "person":
            return spk  # "opened with President NAME’s words at the same ceremony: “...”": his words
        if (qw := QUOTES_WHOM.search(text, pos, colon)) and (np_ := self._speaker_np(qw.end(), colon)) and \
                not text[np_[1]:colon].strip():
            spk = self._resolve(text[np_[0]:np_[1]], np_[0])
            if spk and spk.get("known"):
                return spk
        if (op := OPENER_PRONOUN.match(text, pos, colon)) is not None:
            pos = op.start(1)  # "In July he addressed the President directly:"
        word = TOKEN.match(text, pos)
        owner = OWNER_VOICE.match(text[pos:colon]) if word and word.group(0).lower() in ("his", "her", "its", "their") \
            else None
        if word and word.group(0).lower() in ("he", "she", "they", "it"):
            end = word.end()
            spk = self._pronoun(word.group(0).lower(), pos)
        elif owner:
            # "Its front page on Tuesday read simply: “...”": the outlet "its" refers to
            end = pos + owner.end()
            spk = self._possessor(word.group(0).lower(), pos)
            spk = spk and dict(spk, mention=owner.group(0))
        else:
            np_ = self._speaker_np(pos, colon)
            if np_ is None:
                return None
            end = np_[1]
            spk = self._resolve(text[np_[0]:np_[1]], np_[0])
            spk = spk and self._named(spk, np_[0], np_[1], colon)
        if presented and (not spk or spk["kind"] != "person"):
            return None  # "This is Tehran:": a place presented, not a speaker
        rest = text[end:colon]
        rest = APPOSITIVES.sub("", rest, count=1) if rest.startswith(",") else rest
        if spk and spk["role"] == "outlet" and OUTLET_PLACE.fullmatch(rest):
            return spk  # "Kayhan (hardline daily), front page, 12 May: “...”": a digest's headline line
        if rest.strip() in ("", ",") and text[pos:end].lower().endswith(("headline", "banner")):
            if owner:
                return spk  # "Its front-page headline, “...,” uses the toll": the paper's
            if (ph := POSSESSIVE_SOURCE.match(text[pos:end])) and \
                    (paper := self._resolve(ph.group("owner"), pos)) and paper["role"] == "outlet":
                return paper  # "Ham-Mihan’s headline, “...,” sits over a chart": Ham-Mihan's
        if spk and spk.get("known") and (UNDER_WORDS.search(rest) or spk["role"] == "outlet" and PRINTED_WORDS.search(rest)):
            return spk  # "Javan ran a photograph of him across its front page, under the words: «...»"
        if spk and spk.get("known") and (SPEECH_OBJECT.match(rest) or presented):
            return spk  # "He also had a message for the Gulf capitals that ...: “...”", "This is NAME, ...:"
        if not spk or not spk.get("known") or len(rest) > 60 or "," in rest.strip(" ,"):
            return None
        if spk["role"] == "unknown" and " " not in spk["name"]:
            return None  # "Banners on the walls read:": one capitalised word is no name
        return spk

    # ---------------------------------------------------------------- speakers
    def _clause_start(self, s0, a, participle):
        """Where the clause holding the cue at ``a`` starts."""
        text = self.text
        seg = text[s0:a]
        if participle and seg.rstrip().endswith(","):
            # "Baghaei rejected the claims that X had lost, describing ...": a participle after a comma
            # is the main clause's, over any "that" before it
            best = _last_break(seg, participle, STRONG_BREAKS)
            return s0 + best
        best = _last_break(seg, participle)
        if best and not participle and (w := seg.rfind(" who ", 0, best)) >= 0 and best > w + 5 and \
                not any(c in seg[w:] for c in ",;:“”\""):
            best = _last_break(seg[:w], participle)  # "Iraqis who have been protesting since October chanted"
        if best and SUBORDINATE_OPENER.fullmatch(seg[:best].strip() + " ") and (comma := seg.find(",", best)) > 0:
            best = comma + 1  # "When we published the page, Iran's mission called": the main clause after the comma
        if best and (pp := TIME_PHRASE_END.search(seg)) is not None and pp.end(1) == best:
            # "A statement by the party after the November strikes said": a time phrase, no clause
            best = _last_break(seg[:pp.start()], participle)
        if best and (comma := seg.rfind(",")) > best and len(seg[comma + 1:].split()) <= 3:
            # a short subject after a fronted clause's comma
            if FRONTED_CONDITION.match(seg[:comma + 2]):
                best = 0  # "If the market accepts that they came from Iran, he said, ...": the "that" is the condition's
            elif (SUBORDINATE_OPENER.match(seg) or TIME_NP_OPENER.match(seg)) and not _has_quote(seg):
                best = comma + 1  # "When I asked her, again, whether they would move, she said": the main clause
        if best and ":" in seg and (colon := seg.index(":")) > 0 and \
                (label := self._speaker_np(s0, s0 + colon)) is not None and label[1] == s0 + colon:
            # "• Foreign ministry spokesman NAME: condemned ...", "NAME: in a letter, said ...": a list's
            # label is the subject of the verb after it
            after = _last_break(seg[colon + 1:], participle)
            best = colon + 1 + after if after else 0
        if best and not participle and seg.rstrip().endswith((",", ",”", ',"')) and \
                not RELATIVE_ASIDE.search(seg, best):
            # (a parenthetical opened after the break is the new subject's: "..., and its security official NAME,
            # whose identity is unknown, posted")
            # "An official, speaking on condition of anonymity because he ..., said": breaks inside a
            # parenthetical that closes right before the verb do not start the verb's clause.
            opening = seg.rfind(",", 0, best)
            if opening > 0 and opening < len(seg.rstrip()) - 1 and not BREAK_COMMA.fullmatch(seg, opening, best):
                # (not the break's own comma: "..., and its spokesperson, NAME, described": the clause after it)
                best = _last_break(seg[:opening], participle)
        elif best and not participle and RELATIVE_START.match(seg, best):
            # "In response to a question about the strike, which officials said ..., the spokesman said": a
            # relative clause closed by a comma; the verb's subject follows that comma.
            close = seg.rfind(",", best)
            if close > best and seg.count("“", best, close) == seg.count("”", best, close) and \
                    (self._speaker_np(s0 + close + 1, a) is not None or SUBJECT_PRONOUN.match(seg, close + 1)):
                # (not "..., has said": the clause goes on; "..., which backs the Houthis, he said": "he")
                best = close + 1
            elif close > best and seg.count("“", best, close) == seg.count("”", best, close) and \
                    seg[best:best + 4] == "who " and LOWER_VP.match(seg, close + 1):
                # "NAME, who commands the Aerospace Force, went on television to claim that": the relative clause is
                # an aside; the clause holding the verb starts before it
                best = _last_break(seg[:best].rstrip().rstrip(","), participle)
        return s0 + best

    def _subject(self, c0, a, participle):
        """(speaker dict, mention start, mention end) for a cue at ``a`` in a clause starting at ``c0``."""
        text = self.text
        pos = c0
        if participle and text.startswith("It ", c0) and EXPLETIVE_IT.match(text, c0, a):
            return None  # "It is worth slowing down and asking what each side has said": the author's question
        if not participle and text.find(" who ", max(c0, a - 40), a) >= 0 and \
                (tw := THOSE_WHO.search(text, max(c0, a - 40), a)):
            # "There are those who say that ...": unnamed people, whom the speaker answers
            name = f"{tw.group(1)} who {TOKEN.match(text, a).group(0)}"
            return dict(name=name, role="other", kind="plural", mention=tw.group(0).strip(), pos=tw.start(1),
                        known=True), tw.start(1), a
        if text.find(" of whom ", max(c0, a - 80), a) >= 0 and \
                (ow := OF_WHOM.search(text, max(c0, a - 80), a)) and _filler(text[ow.end():a]):
            # (the people, not where they were: "three commanders near Qusayr, one of whom")
            loc = LOCATIVE.search(text, max(c0, ow.start() - 60), ow.start())
            return self._antecedent(loc.start() if loc else ow.start(), a)
        op = OPENER_PRONOUN.match(text, pos, a)
        if op is None and (lc := LEADING_CONJ_AT.match(text, pos, a)) and lc.end() > pos:
            op = OPENER_PRONOUN.match(text, lc.end(), a)  # "But on Monday it said"
        if op and not participle and not _filler(text[op.end(1):a]) and \
                (last := OPENER_PRONOUN_LAST.match(text, pos, a)) and _filler(text[last.end(1):a]):
            op = last  # "Before he left he posted on Twitter that": the main clause's pronoun, after the opener's
        if op and not PREPOSITION_BEFORE.search(text, pos, op.start(1)) and (
                participle or _filler(text[op.end(1):a]) or AND_VP.fullmatch(text, op.end(1), a)):
            # "On Nov. 5 it said", "In an editorial on Monday it cast ..., writing that": an opener with
            # no comma, then the pronoun subject.
            spk = self._pronoun(op.group(1).lower(), op.start(1))
            return (spk, op.start(1), op.end(1)) if spk else None
        pos = self._skip_openers(pos, a)
        if text.startswith("It ", pos) and (cl := CLEFT.match(text, pos, a)) is not None and _filler(text[cl.end():a]):
            # "It was he who claimed overnight that": the one the cleft sentence singles out
            spk = self._resolve_np_at(cl.start(1), cl.end(1))
            return (spk, cl.start(1), cl.end(1)) if spk else None
        if not participle and text[pos:pos + 1] in "IOADBSL" and (ot := OPENER_TIME.match(text, pos, a)) is not None:
            pos = ot.end()  # "On Nov. 3 Ali Akbar Velayati stood ... and told": a time without its comma
        if (ov := OPENER_OWNER.match(text, pos, a)) is not None:
            pos = ov.start(1)  # "On Friday its editorial board wrote": the owner's voice after the opener
        seg = text[pos:a]
        word = (TOKEN.match(seg.lstrip()) or [None])
        first = word.group(0).lower() if hasattr(word, "group") else ""
        if "whose" in seg and (wv := WHOSE_VOICE.search(text, pos, a)) is not None:
            # "Ham-Mihan’s front page, whose editorial asked why": the paper speaks through its editorial
            found = self._antecedent(wv.start(), a)
            if found and found[0]["role"] != "unknown":
                return found
        if first in ("which", "who") and not RELATIVE_PRONOUN.match(seg.lstrip()):
            after = pos + len(seg) - len(seg.lstrip()) + len(first)
            tok = TOKEN.search(text, after, a)
            inner = self._speaker_np(tok.start(), a) if tok else None
            if inner is None and RESIDENCE_BEFORE.search(text, max(0, c0 - 62), max(0, c0 - 2)):
                return None  # "..., now living in Hamburg, who did not want his name used,": not Hamburg
            if inner is None:
                c = c0
                if AND_BEFORE.search(text, max(0, c0 - 8), c0) and \
                        (prev := text.rfind(" who ", max(0, c0 - 200), c0 - 5)) >= 0:
                    c = prev + 1  # "A station owner who received X, and who asked ..., told": the first who's
                found = self._antecedent(c, a)  # "which he described as": the pronoun speaks (below)
                if found and c != c0 and NAMED_BY.match(text, c0 - 1, a):
                    # "..., and who asked to be identified only as Abu Samer, told": the name given
                    spk = self._named(found[0], found[1], c0 - 1, a)
                    return (spk, found[1], found[2]) if spk else found
                return found
            if not _filler(text[inner[1]:a]):
                return None  # "which its envoy said was unacceptable unless it condemned": a clause of its own
            # "a statement, which its envoy said was unacceptable": the relative pronoun is the object, the
            # phrase after it speaks
            pos, seg = after, text[after:a]
            word = TOKEN.match(seg.lstrip())
            first = word.group(0).lower() if word else ""
        if " who " in seg and first not in ("i", "we", "those", "people", "anyone", "everyone") and \
                not any(c in seg for c in ",;:“”\"()") and (w := seg.find(" who ")) > 0 and \
                not NAMED_BY.match(text, pos + w, a) and \
                (np_ := self._speaker_np(pos, pos + w)) is not None and np_[1] == pos + w and \
                (spk := self._resolve(text[np_[0]:np_[1]], np_[0])) is not None and spk["role"] != "unknown":
            # "A programmer in Shiraz who runs a small web-hosting company told me": the programmer
            return spk, np_[0], np_[1]
        if " who " in seg and (w := WHO_BEFORE.search(text, pos, a)) is not None and first in ("i", "we"):
            # "I spoke to a former Guard officer last night who put it bluntly: ...": the one the author met
            end = w.start() - len(TIME_TAIL.search(text[pos:w.start()]).group(0))
            found = self._antecedent(end, a)
            return found if found and found[0].get("known") and found[0]["kind"] == "person" else None
        style = STYLE_OF_ADDRESS.match(seg.lstrip()) if first in ("his", "her") else None
        if style and _filler(seg.lstrip()[style.end():]):
            # "His Eminence affirmed": a style of address is the person himself (see _resolve)
            m0 = pos + len(seg) - len(seg.lstrip())
            spk = self._resolve(style.group(0), m0)
            return (spk, m0, m0 + style.end()) if spk else None
        if first in ("both", "the") and (ba := BOTH_ALONE.fullmatch(seg.strip())):
            # "according to two people who have spoken to him. Both said": the two just named
            m0 = pos + len(seg) - len(seg.lstrip())
            last = self.last_statement
            spk = dict(name=last["speaker"], role=last["speaker_role"], kind="plural", mention=ba.group(0), pos=m0,
                       known=True) if last and 0 < m0 - last["start"] < 400 and \
                TWO_OF.match(last["speaker_mention"] or "") else self._two_sides(ba.group(0), m0)
            return (spk, m0, m0 + ba.end()) if spk else None
        if first in ("the", "two", "both") and ("two " in seg or "oth " in seg) and \
                (ts := TWO_SIDES.match(seg.lstrip())) and _filler(seg.lstrip()[ts.end():]):
            m0 = pos + len(seg) - len(seg.lstrip())
            spk = self._two_sides(ts.group(0), m0)
            return (spk, m0, m0 + ts.end()) if spk else None
        if first in ("one", "two", "some", "several") and (oo := ONE_OF_OWNER.match(seg.lstrip())) and \
                OWNER_VOICE.match(seg.lstrip()[oo.end():]):
            pos += len(seg) - len(seg.lstrip()) + oo.end()  # "One of its columnists wrote": the owner's member
            seg = text[pos:a]
            first = seg.split(None, 1)[0].lower()
        if first in ("his", "her", "their") and (kin := KIN_VOICE.match(seg.lstrip())) and \
                not seg.lstrip()[kin.end():].strip() and text[:pos].rstrip()[-1:] in ".;!?\n" and \
                (who := self._possessor(first, pos)) and who["kind"] == "person" and PROPER_NAME.fullmatch(who["name"]):
            # "...; her family says she had no such condition": the family of the woman just named (not "said her
            # husband had called", nor "His wife, NAME, said": she is named)
            m0 = pos + len(seg) - len(seg.lstrip())
            spk = dict(name=f"{who['name']}'s {kin.group(1).lower()}", role="other", kind="plural",
                       mention=kin.group(0), pos=m0, known=True)
            return spk, m0, m0 + kin.end()
        owner = OWNER_VOICE.match(seg.lstrip()) if first in ("his", "her", "their", "its") else None
        if owner and not _filler(seg.lstrip()[owner.end():]):
            owner = None
        noun = owner.group(0).rsplit(None, 1)[-1].lower() if owner else ""
        spk = self._possessor(first, pos) if owner else None
        if noun in OWNER_MEMBERS and (spk is None or spk.get("kind") in ("outlet", "person")) or \
                noun in OUTLET_MEMBERS and (spk is None or spk.get("kind") != "outlet"):
            owner = None  # "its officials" of a paper or of no one known: the phrase itself speaks (below)
        if owner:
            # "His office later said": whoever "his" refers to speaks through the office.
            if not spk:
                return None
            m0 = pos + len(seg) - len(seg.lstrip())
            if noun in OUTLET_MEMBERS:
                spk = dict(spk, name=f"{spk['name']} {noun.rstrip('s')}")  # "its columnist": the paper's, an outlet
            elif noun in OWNER_MEMBERS:
                # "its officials insisted": the owner's officials, in the role a member so named has
                # ("Hezbollah officials", as "a Hezbollah official")
                res = self.reg.resolve(f"{spk['name']} {noun}")
                spk = dict(spk, name=f"{spk['name']} {noun}", role=res.role if res.role != "unknown" else spk["role"])
            # "Its spokesman, Major General NAME, accused ...": the person named speaks.
            spk = self._named(dict(spk, mention=owner.group(0)), m0, m0 + owner.end(), a)
            return spk, m0, m0 + owner.end()
        if first in PRONOUNS and (pp := PRONOUN_THEN_PRONOUN.match(seg.lstrip())) and not participle and \
                SUBORDINATOR_BEFORE.search(text, max(0, pos - 12), pos) and \
                not _filler(seg.lstrip()[len(first):]) and _filler(seg.lstrip()[pp.end():]):
            # "(Before) he left he posted": the clause's subject is the second pronoun
            pos += len(seg) - len(seg.lstrip()) + pp.start(1)
            seg = text[pos:a]
            first = pp.group(1).lower()
        if first in PRONOUNS:
            rest = seg.lstrip()[len(first):]
            if not participle and not _filler(rest) and not AND_VP.fullmatch(rest):
                return None
            if PRONOUNS[first] == "author" or DUMMY_IT.match(seg.lstrip()):
                return None  # "It is worth noting", "it turns out": no one speaks
            spk = self._pronoun(first, pos, continuation=CONTINUATION.match(text[a:a + 12]) is not None)
            return (spk, pos, pos + len(first)) if spk else None
        if participle:
            # "..., with some observers describing ...": the subject stands right before the cue.
            w = re.search(r"\bwith\s+((?:[\w\-’']+\s+){1,5})$", seg)
            if w:
                spk = self._resolve(w.group(1), pos + w.start(1))
                return (spk, pos + w.start(1), pos + w.end(1)) if spk else None
        lead = len(seg) - len(seg.lstrip())
        ps = POSSESSIVE_SOURCE.match(seg.lstrip())
        if ps:
            found = self._possessive(ps, pos + lead, a, participle)
            if found:
                return found
        lp = LOWER_POSSESSIVE.match(seg.lstrip()) if "s " in seg and ("’s " in seg or "'s " in seg) else None
        if lp and not (self.reg.descriptors.get(lp.group(1).lower()) or lp.group(1).lower() in self.reg.person_nouns):
            lp = LOWER_POSSESSIVE_COMMA.match(seg.lstrip()) or lp  # "The party’s friendly newspaper, NAME,"
        head_end = at = lp.end() if lp else 0
        for _ in range(3 if lp else 0):
            # "The province's deputy governor rejected that view, saying", "The paper's military affairs
            # columnist went further, arguing": the last speaking noun of the phrase, not "deputy" alone
            if (nw := NEXT_WORD.match(seg.lstrip(), at)) is None:
                break
            at = nw.end()
            if self.reg.descriptors.get(nw.group(1).lower()) or nw.group(1).lower() in self.reg.person_nouns:
                head_end = at
        if lp:
            # "The ship's operator said", "The centre's director, NAME, said": a lower-case owner, then
            # the descriptor noun that speaks (and the name after it).
            m0, m1 = pos + lead, pos + lead + head_end
            noun = text[m0:m1].rsplit(None, 1)[-1].lower()
            if (participle or _filler(text[m1:a])) and (self.reg.descriptors.get(noun) or noun in self.reg.person_nouns):
                # ("The province's deputy governor rejected that view, saying": the participle's too)
                spk = self._named(self._resolve(text[m0:m1], m0), m0, m1, a)
                if spk:
                    return spk, m0, m1
        if "s " in seg and DEFINITE_VOICE.match(seg.strip()):
            # "The paper's lead article said": the paper named before (see _resolve)
            spk = self._resolve(seg.strip(), pos + lead)
            if spk:
                return spk, pos + lead, pos + lead + len(seg.strip())
        cut = seg.rfind(",") + 1  # "At a memorial for NAME, killed in May, an IRGC statement ... called"
        tail = seg[cut:].lstrip()
        if not tail and seg.count(",") == 2:
            # "The claim, carried by the group’s Amaq news agency on Telegram, said": the participle set in commas
            # (read as if they were spaces: the offsets stay those of the text)
            cut = len(seg) - len(seg.lstrip())
            tail = seg[cut:].replace(",", " ")
            if "’s " not in tail and "'s " not in tail:
                tail = ""  # (its carrier is no owner: "The statement, carried by state news agency SANA, said")
        ds = DOC_SUBJECT.match(tail) if tail[:2].lower() in ("a ", "an", "th", "on") else None
        if ds:
            dlead = len(seg) - len(tail)
            # "A statement posted on the group's Telegram channel said", "an IRGC statement read aloud to
            # mourners called": the document speaks for its owner.
            found = self._document_owner(ds, pos + dlead)
            if found:
                return found
        op = REPORT_OF.match(seg.lstrip())
        if op and self._speaker_np(pos + (len(seg) - len(seg.lstrip())) + op.end(), a) is not None:
            pos += (len(seg) - len(seg.lstrip())) + op.end()  # (not "An assessment from the same period")
        np_ = self._speaker_np(pos, a)
        if np_ is not None and (qn := QUOTED_NAME.match(text, np_[1], a)) is not None and \
                self.reg.find(qn.group(1)) and (participle or _filler(text[qn.end():a])):
            np_ = (qn.start(1) - 1, qn.end(1) + 1)  # "The Iran-backed “Islamic Resistance in Iraq” claimed": the name
        if np_ is not None:
            m0, m1 = np_
            if not participle and text[text.rfind(" ", m0, m1) + 1:m1][:1].isupper() and \
                    (np_tail := NOUN_PLACE.match(text, m1, a)) and \
                    _filler(text[np_tail.end():a]):
                m1 = np_tail.end()  # "A spokesperson for the UN peacekeeping force in Lebanon, UNIFIL, said"
            if (pt := PLACE_NOUN_TAIL.match(text, m1, a)) is not None and _filler(text[pt.end():a]):
                m1 = pt.end()  # "The Russian Center for Reconciliation at the Hmeimim air base said"
            elif text[m1:m1 + 4] in (" at ", " in ", " fro", " wit") and (wp := WORKPLACE_PP.match(text, m1, a)) and \
                    (_filler(text[wp.end():a]) or (ap := APPOSED_WHO.match(text, wp.end(), a)) and
                     _filler(text[ap.end():a])) and self.reg.descriptor_role(TOKEN.findall(text[m0:m1])[-1:]):
                m1 = wp.end()  # "A doctor at a field hospital in Zamalka told": where the described person works
            office = False
            if not participle and text[m1:m1 + 4] in (" of ", " for") and (oo := OFFICE_OF.match(text, m1, a)) and \
                    _filler(text[oo.end():a]) and (head := TOKEN.findall(text, m0, m1)[-1].lower()) in self.reg.person_heads \
                    and self.reg.descriptors.get(head) in (None, "official"):
                m1, office = oo.end(), True  # "The director of ports and maritime affairs for Hormozgan province told"
            elif not participle and (pp := NAME_PP.match(text, m1, a) or FOR_THE.match(text, m1, a)) and \
                    _filler(text[pp.end():a]) and (pp.re is NAME_PP or
                                                   self.reg.descriptor_role(TOKEN.findall(pp.group(0))[-1:])):
                m1 = pp.end()  # "The UN Panel of Experts on Yemen wrote", "a spokesperson for the mission wrote"
            if participle or _filler(text[m1:a]) or AND_VP.fullmatch(text, m1, a) or TO_VP.fullmatch(text, m1, a) or \
                    (lb := LED_BY.match(text, m1, a)) and _filler(text[lb.end():a]):
                # ("the spokesman of the international coalition led by Washington claimed")
                spk = self._opener_owner(self._named(self._resolve(text[m0:m1], m0), m0, m1, a), c0, m0)
                if spk is None and office:
                    # (a head of an office named by what it does: an office-holder, named as written)
                    spk = dict(name=clean_mention(text[m0:m1]), role="official", kind="person",
                               mention=text[m0:m1], pos=m0, known=True)
                    self.history.append(dict(spk, subj=True))
                if spk and spk["kind"] == "person" and (voc := VOCATIVE.fullmatch(text, m1, a)):
                    # "Mr. Hook, the Iranian foreign ministry spokesman, Bahram Qasemi, said": a name, then
                    # another person described and named: the first is the one addressed
                    d0, d1 = voc.span("desc")
                    other = self._named(self._resolve(text[d0:d1], d0), d0, d1, a)
                    if other and other["kind"] == "person" and other["name"] != spk["name"] and \
                            capitalised(other["name"]):
                        return other, d0, d1
                if spk:
                    return spk, m0, m1
        if participle:
            return None
        if (pp := PAREN_PRONOUN.search(text, max(pos, a - 24), a)) is not None and not (
                text[pp.start() + 1:pp.start() + 2] in "”\"" and self.pending and
                _lead_is_empty_or_colon(text, self.pending[-1][0],
                                        max(text.rfind("“", 0, pp.start()), text.rfind('"', 0, pp.start())))):
            # (a quotation that opens the sentence or follows a colon, '...: “The Tower has fallen,” it wrote', is
            # the quotation pass's)
            # "Iran, he told reporters, had ...": a pronoun subject of a reporting clause set in commas; it
            # never stands for the words before it ("Hossein, he said, had volunteered": not Hossein).
            spk = self._pronoun(pp.group(1).lower(), pos)
            return (spk, pp.start(1), pp.end(1)) if spk else None
        cp = None
        for cp in COMMA_PRONOUN.finditer(text, pos, a):
            pass
        if cp is not None and (_filler(text[cp.end(1):a]) or AND_VP.fullmatch(text, cp.end(1), a)):
            # "When I mentioned that residents had told me otherwise, he smiled and said": the main clause's
            # pronoun after the subordinate clause
            spk = self._pronoun(cp.group(1).lower(), cp.start(1))
            return (spk, cp.start(1), cp.end(1)) if spk else None
        rel = RELATIVE_PRONOUN.search(text, pos, a)
        if rel and _filler(text[rel.end(1):a]):
            # "Colonel X, whom it described as ...": the pronoun in the relative clause speaks.
            spk = self._pronoun(rel.group(1).lower(), rel.start(1))
            return (spk, rel.start(1), rel.end(1)) if spk else None
        if not participle and (ko := KIN_OF.fullmatch(text, pos, a)) and ko.group(1).lower() in self.reg.kin_nouns:
            # "The father of a defender of the shrine martyred in Syria in 2016 told": the relative, described
            m0, m1 = ko.start() + len(text[ko.start():a]) - len(text[ko.start():a].lstrip()), ko.end(2)
            spk = dict(name=clean_mention(text[m0:m1]), role="other", kind="person", mention=text[m0:m1], pos=m0,
                       known=True)
            return spk, m0, m1
        if not participle and ", wh" in seg and (rc := RELATIVE_CLOSED.search(text, pos, a)) and \
                (not PLACE_BEFORE_WHO.search(text, max(pos, rc.start() - 60), rc.start()) or
                 PARTICIPLE_PLACE.search(text, max(pos, rc.start() - 90), rc.start())) and \
                (found := self._antecedent(rc.start(), a)) is not None and found[1] >= pos:
            return found  # "A young woman ..., who said she had lost two colleagues, told": not the colleagues
        # The noun phrase right before the cue ("..., though Hezbollah has denied"), unless it is the
        # object of a preposition ("the notices from Aleppo suggest": Aleppo says nothing).
        inside = -1  # end of a phrase that is a preposition's object: its later words are no subject
        for tok in TOKEN.finditer(text, pos, a):
            if tok.start() < inside or not self.reg.opens_phrase(tok.group(0)):
                continue  # no phrase starts here: skip the call
            np_ = self._speaker_np(tok.start(), a)
            if np_ and (w := WHO_BEFORE.search(text, np_[1], a)) and FROM_PLACE.match(text[np_[1]:w.start()]):
                # "the will of a fighter from Mashhad who wrote": the phrase the relative pronoun follows
                spk = self._named(self._resolve(text[np_[0]:np_[1]], np_[0]), np_[0], np_[1], a)
                if spk:
                    return spk, np_[0], np_[1]
            if np_ and PREPOSITION_BEFORE.search(text, max(pos, np_[0] - 12), np_[0]):
                inside = np_[1]  # "quoted by the Lebanese daily Al-Akhbar": not "daily Al-Akhbar" either
                continue
            if np_ and text[np_[1] - 2:np_[1]] in ("’s", "'s") and (ps := POSSESSIVE_SOURCE.match(text[np_[0]:a])):
                # "In a statement ..., the Ground Force’s public relations department said": the owner's voice
                found = self._possessive(ps, np_[0], a, participle)
                if found:
                    return found
            if np_ and text[np_[1] - 1:np_[1]].isalpha() and (pt := PLACE_NOUN_TAIL.match(text, np_[1], a)) and \
                    _filler(text[pt.end():a]):
                np_ = (np_[0], pt.end())  # "..., the governor of Homs province said."
            if np_ and not participle and PARTICIPLE_TAIL.fullmatch(text, np_[1], a) and \
                    (spk := self._resolve(text[np_[0]:np_[1]], np_[0])) is not None and spk["kind"] == "person":
                return spk, np_[0], np_[1]  # "A student arrested in Tabriz told us": the student, not Tabriz
            if np_ and _filler(text[np_[1]:a]):
                # "A local tribal leader, Sheikh X, said": the description's head, then the name after it.
                spk = self._opener_owner(self._named(self._resolve(text[np_[0]:np_[1]], np_[0]), np_[0], np_[1], a),
                                         c0, np_[0])
                if spk:
                    return spk, np_[0], np_[1]
                break
        return None

    def _two_sides(self, mention, pos):
        """"The two sides stressed", "the two presidents agreed": the last two people named before ``pos``,
        together, or None."""
        self._flush()
        pair = []
        for h in reversed(self.history):
            if h["pos"] < pos and h["kind"] == "person" and h.get("known") and capitalised(h["name"]) and \
                    h["name"] not in pair:
                pair.append(h["name"])
                if len(pair) == 2:
                    return dict(name=" and ".join(reversed(pair)), role=h["role"], kind="plural", mention=mention,
                                pos=pos, known=True)
        return None

    def _opener_owner(self, spk, c0, pos):
        """"At the State Department’s daily briefing, a spokesperson said": a bare description speaks for
        the body the sentence's opener names (the last one there), else as it is."""
        if spk is None or pos <= c0 or " " in spk["name"] or spk["name"] not in self.reg.descriptors:
            return spk
        ov = OPENER_VOICE.fullmatch(self.text, c0, pos)
        mention = ov and (ov.group("own") or ov.group("mod") or ov.group("by"))
        res = self.reg.resolve(mention) if mention else None
        if res is None or res.entry is None or res.kind == "person" or res.role not in ("official", "organization"):
            return spk
        return dict(spk, name=f"{res.name} {spk['name']}", role=res.role, known=True)

    def _possessive(self, ps, m0, a, participle):
        """The speaker of a possessive source (``POSSESSIVE_SOURCE`` matched at ``m0``): "Kataib Hezbollah's
        spokesman Abu Ali al-Askari" (the person), "Turkey's defence ministry" (the owner, in the role the
        voice noun gives), as ``_subject``'s tuple, or None when the verb at ``a`` is not its own."""
        text = self.text
        m1 = m0 + ps.end()
        if (to := MISSION_TO.match(text, m1, a)) is not None and _filler(text[to.end():a]):
            m1 = to.end()  # "Iran's mission to the United Nations called it ...": the mission speaks
        bare = BARE_NAME.match(text, m1, a)
        if bare and (participle or _filler(text[bare.end():a])):
            # "Kataib Hezbollah's spokesman Abu Ali al-Askari said": the person named speaks, in
            # the owner's role when the registry does not know him.
            person = self._resolve(bare.group(1), bare.start(1))
            if person and person["kind"] == "person":
                if person["role"] == "unknown":
                    # in the role the owner and the title give ("Komala's spokeswoman NAME": the party's
                    # office-holder), else the owner's
                    owner = self.reg.resolve(ps.group("owner")).role
                    person = dict(person, role=self._office_role(text[m0:m1], bare.group(1)) or
                                  (owner if owner != "unknown" else "organization"))
                return person, bare.start(1), bare.end(1)
        if participle or _filler(text[m1:a]):
            spk = self._resolve(ps.group("owner"), m0)
            voice = GOVERNMENT_VOICE.search(ps.group(0))
            whole = self.reg.resolve(text[m0:m1]) if voice else None
            if whole is not None and whole.entry is not None and whole.kind == "person":
                spk = dict(name=whole.name, role=whole.role, kind="person", mention=text[m0:m1], pos=m0, known=True)
                self.history.append(spk)  # "Iran's supreme leader said": the registry's holder of the title
            elif spk and spk.get("kind") == "government" and whole is not None:
                # "Iran's foreign ministry said", "Syria's information minister called": the ministry or
                # minister (as the registry names them), not all of Iran or Syria
                person = voice.group(0) not in BODY_NOUNS
                spk = dict(spk, name=whole.name if whole.entry is not None else clean_mention(text[m0:m1]),
                           role=whole.role if whole.role not in ("unknown", "other") else spk["role"],
                           kind="person" if person else "body", mention=text[m0:m1])
                if person:
                    self.history.append(dict(spk, pos=m0))
            if spk and spk["role"] == "unknown":
                # "Turkey's defence ministry said": the voice noun tells the role.
                role = self.reg.descriptor_role(TOKEN.findall(ps.group(0))[-1:])
                spk = dict(spk, role=role, kind="body") if role else spk
            spk = self._named(spk, m0, m1, a)  # "The Guard's news agency, Sepah News, reported"
            if spk and spk["kind"] != "person" and self.reg.names_person(TOKEN.findall(ps.group(0))[-1:]):
                # "the Foreign Ministry's spokeswoman accused ...": the owner speaks through a person, whom a
                # later "she" refers to
                spk = dict(spk, kind="person", mention=text[m0:m1], pos=m0)
                self.history.append(spk)
            if spk:
                return spk, m0, m1
        return None

    def _research_subject(self, c0, a):
        """"The report found", "Researchers at the institute concluded": the study or its authors speak,
        as the registry knows them, else as an organisation (speaker tuple as ``_subject``'s), or None."""
        text = self.text
        pos = self._skip_openers(c0, a)
        np_ = self._speaker_np(pos, a)
        if np_ is None and (rm := self.cues["research_np"].match(text, pos, a)):
            np_ = rm.span("np")
        if np_ is None or not _filler(text[np_[1]:a]):
            return None
        mention = text[np_[0]:np_[1]]
        if self.cues["research_subjects"].isdisjoint(w.lower() for w in TOKEN.findall(mention)):
            return None
        res = self.reg.resolve(mention)
        known = res.entry is not None and res.role != "unknown"
        spk = dict(name=res.name if known else clean_mention(mention), role=res.role if known else "organization",
                   kind="body", mention=mention, pos=np_[0], known=True)
        self.history.append(spk)
        return spk, np_[0], np_[1]

    def _document_owner(self, ds, base):
        """The owner a document subject speaks for (``DOC_SUBJECT``): its capitalised modifier ("an IRGC
        statement"), or the owner of the channel it was posted on or the agent it was issued by."""
        text = self.text
        if ds.group("event") or not ds.group("mod") and not ds.group("rest") and ds.group("noun").startswith("communiq"):
            # "The meeting’s final communique said", "The final communique said": only an assembly of states or
            # bodies issues one, and the text may not name it there
            mention = text[base:base + ds.end("noun")]
            return dict(name=mention.split(None, 1)[1], role="official", kind="body", mention=mention, pos=base,
                        known=True), base, base + ds.end("noun")
        if ds.group("mod"):
            m0 = base + ds.start("mod")
            m1 = base + ds.end("mod")
        else:
            own = DOC_OWNER.search(ds.group("rest") or "")
            if own is None:
                return None
            m0, m1 = base + ds.start("rest") + own.start(1), base + ds.start("rest") + own.end(1)
            np_ = self._speaker_np(m0, m1)
            if np_ is not None:
                m1 = np_[1]  # "released by the Houthis on Sunday": the issuer, not the day
            if (pr := OWNER_PRONOUN_START.match(text, m0, m1)) is not None:
                # "A statement posted on its channels said": whoever "its" refers to, not the channels
                spk = self._possessor(pr.group(1).lower(), m0)
                return (dict(spk, mention=text[base:base + ds.end("noun")]), m0, m1) \
                    if spk is not None and spk.get("known") else None
        spk = self._resolve(text[m0:m1], m0)
        if spk is None or not spk.get("known") or spk["kind"] == "person" and spk["role"] == "unknown":
            return None
        if ds.group("mod"):
            # ("A Saudi foreign ministry statement said ... It added": the ministry, the sentence's subject)
            self.history.append(dict(spk, pos=m0, subj=True))
        return dict(spk, mention=text[base:base + ds.end("noun")]), m0, m1

    def _office_role(self, description, name):
        """The role the registry gives a person by his description, or None: "Komala's spokeswoman" and
        NAME, as in "Komala's spokeswoman NAME" or "..., NAME,", make the party's office-holder (official)."""
        role = self.reg.resolve(f"{description} {name}").role
        return None if role == "unknown" else role

    def _named(self, spk, m0, m1, limit):
        """"A spokesman for Jaysh al Fath, Abu Youssef al-Halabi, told", "The army chief, Gen. Abdel
        Fattah al-Burhan, said": the person named after a description speaks; after words that name
        no one ("Its head, Rami Abdel Rahman, told", ``spk`` None), the name alone."""
        named = NAMED_APPOSITIVE.match(self.text, m1, limit) or NAMED_BY.match(self.text, m1, limit) or \
            PSEUDONYM_APPOSITIVE.match(self.text, m1, limit)
        if named is None and (pp := PP_TAIL.match(self.text, m1, limit) or NOUN_TAIL.match(self.text, m1, limit)):
            named = NAMED_APPOSITIVE.match(self.text, pp.end(), limit)  # "A spokesman for the mission, NAME,"
        if named is None and spk is not None and spk.get("kind") in ("outlet", "group", "body") and \
                (reg := REGISTERED_APPOSITIVE.match(self.text, m1, limit)) and \
                (res := self.reg.resolve(reg.group(1))).entry is not None and res.kind in ("outlet", "group", "body"):
            # "A war monitor, the Syrian Observatory for Human Rights, said": the body the registry knows by name
            ref = dict(spk, name=res.name, role=res.role, kind=res.kind, mention=reg.group(1), known=True)
            self.history.append(dict(ref, pos=m0, described=self.text[m0:m1]))
            return ref
        if named is None and spk is not None and spk.get("kind") in ("outlet", "group", "body") and \
                (one := ONE_NAME_APPOSITIVE.match(self.text, m1, limit)):
            # "The party’s friendly newspaper, Al-Akhbar,": a one-word name the registry knows as the same kind
            res = self.reg.resolve(one.group(1))
            if res.entry is not None and (res.kind == spk["kind"] or {res.kind, spk["kind"]} <= {"group", "body"}):
                ref = dict(spk, name=res.name, role=res.role, kind=res.kind, mention=one.group(1), known=True)
                self.history.append(dict(ref, pos=m0, described=self.text[m0:m1]))  # the same subject, named
                return ref
        head = spk is not None and spk["name"][:1].islower() and \
            next((w for w in TOKEN.findall(self.text[m0:m1]) if w.lower() in self.reg.person_heads), None)
        if named is None and head and \
                (acr := ONE_NAME_APPOSITIVE.match(self.text, (pp.end() if (pp := PP_TAIL.match(self.text, m1, limit))
                                                                  else m1), limit)) and acr.group(1).isupper():
            # "A spokesperson for the UN peacekeeping force in Lebanon, UNIFIL, said": the body's acronym
            res = self.reg.resolve(acr.group(1))
            return dict(spk, name=f"{res.name if res.entry is not None else acr.group(1)} {head}",
                        role=res.role if res.role not in ("unknown", "other") else spk["role"], known=True)
        if named and spk is None:
            return self._resolve(named.group(1), named.start(1))
        if not named:
            return spk
        words = TOKEN.findall(self.text[m0:m1])
        if self.reg.descriptor_role(words) is None and not any(
                w.lower() in self.reg.person_nouns for w in words[:next(
                    (i for i, w in enumerate(words) if w.lower() in ("of", "for", "at", "with")), len(words))]):
            return spk  # "The head of the Basij, NAME," and "a member of Hezbollah, NAME," describe NAME too
        res = self.reg.resolve(named.group(1))
        if res.entry is not None and res.kind != "person" and res.kind != spk.get("kind") and \
                {res.kind, spk.get("kind")} != {"group", "body"}:
            return spk  # ", Hezbollah," names a body, not the person described
        company = res.entry is None and res.kind == "group" and res.role == "organization"
        kind = res.kind if res.entry is not None or company else "person"
        role = "official" if res.role == "official" and kind == "person" else "organization" if company else spk["role"]
        # ("the Piraeus-based manager, Thalassa Meridian Shipmanagement,": a company, as its name says)
        if role == "unknown":  # "The founder of the Euphrates Project, NAME,": the body he is part of
            role = self._appositive_role(self.text[m0:m1]) or role
        elif FORMER.search(self.text, m0, m1):
            # "A former commander of a rebel brigade, identified as NAME,": no longer its commander
            role = self._appositive_role(self.text[m0:named.start(1)]) or role
        elif role == "organization" and kind == "person" and OWNER_S.search(self.text, m0, m1) and \
                self._office_role(self.text[m0:m1], named.group(1)) == "official":
            role = "official"  # "Komala's spokeswoman, NAME,": the party's office-holder
        spk = dict(spk, name=res.name, mention=named.group(1), kind=kind, known=True, role=role)
        # "The commander added" later refers to the person named, not to the bare description.
        self.history.append(dict(spk, pos=named.start(1), described=self.text[m0:m1]))
        return spk

    def _antecedent(self, c0, a):
        """The noun phrase a relative pronoun ("– which ran the headline") refers to."""
        text = self.text
        end = c0  # the end of text[:c0].rstrip(" ,–—"), without copying all the text before each relative
        while end > 0 and text[end - 1] in " ,–—":
            end -= 1
        if text[end - 1:end].isdigit() and (age := AGE_TAIL.search(text, max(0, end - 8), end)):
            end = age.start()  # "Mazen, 34, who said": the person, not his age
        if text[end - 1:end] in "”\"" and (tt := TITLED_TAIL.search(text, max(0, end - 300), end)):
            end = tt.start()  # 'a commentary headlined "...," which argued': the commentary, not its title
        if (held := PARTICIPLE_PLACE.search(text, max(0, end - 90), end)) is not None and \
                (found := self._antecedent(held.start(), a)) is not None and found[0]["kind"] == "person":
            return found  # "a 24-year-old “rioter” arrested near Haft-e Tir Square, who said": the man, not the square
        sent0 = max(0, end - 200, text.rfind(". ", max(0, end - 200), end) + 1)  # (not across a sentence's end
        if (par := text.rfind("\n\n", sent0, end)) >= 0:
            sent0 = par + 2  # nor a paragraph's: "MOUSAVI DEFIANT\n\nMousavi, 67, who says")
        ap = APPOSED_NAME.search(text, sent0, end)
        if ap and self.reg.descriptor_role(TOKEN.findall(ap.group(2))):
            # "Hossein Naqavi, spokesman of the security committee, who told": the named person.
            spk = self._resolve(ap.group(1), ap.start(1))
            if spk and spk["kind"] == "person":
                return spk, ap.start(1), ap.end(1)
        start = max(sent0, end - 160)
        for tok in TOKEN.finditer(text, start, end):
            np_ = self._speaker_np(tok.start(), end)
            if np_ and np_[1] >= end - 1 and (by := REDUCED_BY.search(text, max(0, np_[0] - 80), np_[0])) and \
                    (found := self._antecedent(by.start(), a)) is not None and found[0]["kind"] == "person":
                return found  # "A young woman interviewed at the protest by the X channel, who said": the woman
            if np_ and np_[1] >= end - 1:
                if (its := OWNER_PRONOUN_BEFORE.search(text, max(0, np_[0] - 7), np_[0]) or
                        OWNER_PRONOUN_START.match(text, np_[0], np_[1])) is not None and \
                        (self.reg.descriptor_role(TOKEN.findall(text[its.end():np_[1]])) == "outlet" or
                         PAGE_HEAD.search(text, its.end(), np_[1])) and \
                        (spk := self._possessor(its.group(1).lower(), its.start(1))) is not None:
                    return spk, its.start(1), np_[1]  # "a photograph of its front page, which said": the paper's
                if (ow := OWNER_BEFORE.search(text, max(0, np_[0] - 80), np_[0])) is not None and \
                        (spk := self._resolve(text[ow.start():np_[1]], ow.start())) and spk.get("known"):
                    return spk, ow.start(), np_[1]  # "the IRGC's public relations office, which said": the IRGC's
                spk = self._resolve(text[np_[0]:np_[1]], np_[0])
                if spk:
                    return spk, np_[0], np_[1]
        return None

    def _speaker_np(self, pos, limit):
        while pos < limit and self.text[pos].isspace():
            pos += 1
        key = (pos, limit)
        if key in self._np_cache:
            return self._np_cache[key]
        np_ = self._np_cache[key] = noun_phrase(self.text, pos, self.reg, limit=limit)
        return np_

    def _resolve_np_at(self, pos, limit):
        np_ = self._speaker_np(pos, limit)
        spk = self._resolve(self.text[np_[0]:np_[1]], np_[0]) if np_ is not None else None
        if spk is None:
            word = TOKEN.match(self.text, pos)
            if word and word.group(0).lower() in PRONOUNS:  # "He" opening a sentence is no name either
                return self._pronoun(word.group(0).lower(), pos)
        return spk

    def _resolve(self, mention, pos, require_known=False):
        """A speaker dict for a mention, or None when it does not look like a speaker."""
        end = pos + len(mention)
        mention = mention.strip()
        if not mention or DEMONSTRATIVE.match(mention) or EVERY.fullmatch(mention) or \
                not self.reg.is_speakerish(mention):
            return None  # ("Every bottle of petrol thrown, she wrote, ...": "Every" alone names no one)
        style = STYLE_OF_ADDRESS.fullmatch(mention)
        hon = self.reg.honorific_alone.fullmatch(mention) if style is None else None
        if style is not None or hon is not None:
            # "..., His Eminence stressed", "The Sayyed commented": the last one person named with that style
            # or honorific ("His Eminence Sayyed Hasan Nasrallah"), else (a style) "he"
            self._flush()
            word = (style.group(1) if style is not None else hon.group(1)).lower()
            ref = next((h for h in reversed(self.history) if h["pos"] < pos and h["kind"] == "person" and
                        " and " not in h["name"] and word in h["mention"].lower().split()), None)
            if ref is not None:
                return dict(ref, mention=mention, pos=pos)
            return self._pronoun("she" if mention.startswith("Her") else "he", pos) if style is not None else None
        if OUTLET_PIECE.match(mention):
            # "a column in the daily Vatan-e Emrooz by NAME": its author; "the column" later is his too
            by = SIGNED_BY.match(self.text, pos + len(mention)) or (
                mention[:4].lower() in ("the ", "this") and self._piece_author(pos))
            if by and (named := self._resolve(by.group("by"), by.start("by"))) is not None and named["kind"] == "person":
                ref = _writer(dict(named, mention=mention, pos=pos), mention.split()[-1])
                named["role"] = ref["role"]  # (a later "she" finds the name's own entry: the writer's too)
                self.history.append(ref)
                return ref
            # "Kayhan's website published a commentary": the outlet whose possessive comes first in the sentence
            s = max(0, pos - 200, self.text.rfind(". ", max(0, pos - 200), pos) + 1, self.text.rfind("\n", 0, pos) + 1)
            own = next((sp for a, b, sp in reversed(self.reg.find(self.text, s, pos)) if sp.type == "outlet" and
                        self.text.startswith(("'s ", "’s "), b)), None)
            if own is not None:
                ref = dict(name=own.name, role=own.role, kind="outlet", mention=mention, pos=pos, known=True)
                self.history.append(ref)
                return ref
            # "An editorial inside predicted ...": a piece of the outlet named just before ("The reformist papers, its
            # editorial said, were ...": the paper "its" refers to, not the papers it speaks of)
            if (pr := OWNER_PRONOUN_START.match(mention)) is not None and \
                    (ref := self._possessor(pr.group(1).lower(), pos)) is not None and ref["role"] == "outlet":
                ref = dict(ref, mention=mention, pos=pos)
                self.history.append(ref)
                return ref
            self._flush()
            for h in reversed(self.history[-12:]):
                if h["pos"] < pos and pos - h["pos"] < 800 and h["role"] == "outlet" and h["kind"] in ("outlet", "group"):
                    ref = dict(h, mention=mention, pos=pos)
                    self.history.append(ref)
                    return ref
        dp = DEFINITE_VOICE.match(mention)
        if dp and self.reg.descriptors.get(dp.group(1).lower()) and (ref := self._description(dp.group(1), pos)):
            # "The paper's editorial said": the paper named before speaks through it
            ref = dict(ref, mention=mention, pos=pos)
            self.history.append(ref)
            return ref
        if dp and (role := self.reg.descriptors.get(dp.group(1).lower())) in ("official", "organization", "outlet"):
            # "The army’s statement said", none named before: the army, described (not "the statement", no one)
            ref = dict(name=dp.group(1).lower(), role=role, kind="outlet" if role == "outlet" else "body",
                       mention=mention, pos=pos, known=True)
            self.history.append(ref)
            return ref
        d = DEFINITE.match(mention)
        last = self.last_statement
        if d and (not d.group(2) and (d.group(1).lower() in DOCUMENT_NOUNS or d.group(1).lower()[:-1] in DOCUMENT_NOUNS)
                  or d.group(2) and d.group(1).lower() in ("same", "latest", "full", "original") and
                  d.group(2).lower() in DOCUMENT_NOUNS):
            # "The statement called them ...": the document of whoever spoke just before, or of the sentence
            # subject just before ("The ministry sent letters to the UN. The letters describe ..."; "The same
            # statement warned").
            self._flush()
            issuer = next((h for h in reversed(self.history[-12:]) if h.get("subj") and 0 < pos - h["pos"] < 400
                           and h["kind"] != "person" and not DOCUMENT_END.search(h["mention"].strip())), None)
            if last and 0 < pos - last["start"] < 600 and (issuer is None or last["start"] > issuer["pos"]):
                issuer = dict(name=last["speaker"], role=last["speaker_role"])
            signed = self._last_before(DOCUMENT_BY, pos, lambda m: m.start() >= pos - 400)
            newer = max(last["start"] if last else -1, issuer.get("pos", -1) if issuer else -1)
            if signed is not None and signed.start() > newer and \
                    (by := self._resolve_np_at(signed.end(), pos)) is not None and \
                    (by.get("known") or by.get("role", "unknown") != "unknown"):
                issuer = by  # the signatories, not whoever read it out
            if issuer is not None:
                ref = dict(name=issuer["name"], role=issuer["role"], kind="body", mention=mention, pos=pos, known=True)
                self.history.append(ref)
                return ref
        if d and d.group(2) and capitalised(d.group(1)) and self.reg.resolve(mention).entry is not None:
            # "the Syrian government", "the Israeli military": a registered name, not a look-back; but "the
            # Iranian president" is the one named before, if any (a title's holder changes over the years)
            ref = self.reg.resolve(mention).kind == "person" and self._description(d.group(2), pos, d.group(1))
            if ref:
                self.history.append(ref)
                return ref
            d = None
        if d and d.group(2) and capitalised(d.group(1)) and self.reg.starts_other_name(d.group(1)):
            d = None  # "The Amal movement": a group's own name, not "the movement" named before
        if d:
            ref = self._description(d.group(2) or d.group(1), pos, d.group(1) if d.group(2) else None)
            if ref:
                self.history.append(ref)
                return ref
        sf = VOICE_FOR_THE.match(mention)
        if sf and self.reg.descriptors.get(sf.group(1).lower()) == "official" and \
                (ref := self._description(sf.group(2), pos) or self._named_body(sf.group(2), pos)) and \
                ref["kind"] != "person":
            # "a spokesperson for the mission", named before as "Iran's mission to the United Nations"
            spk = dict(name=f"{ref['name']} {sf.group(1)}", role=ref["role"], kind="person", mention=mention, pos=pos,
                       known=True)
            self.history.append(spk)
            return spk
        res = self.reg.resolve(mention)
        if res.role == "unknown" and require_known:
            return None
        known = res.entry is not None or res.role in ("official", "outlet") or \
            (res.kind == "person" and capitalised(mention))
        spk = dict(name=res.name, role=res.role, kind=res.kind, mention=mention, pos=pos, known=known)
        if res.kind == "government" and self.text[end:end + 6] == ", the " and \
                (app := APPOSITIVE.match(self.text, end)) and \
                self.reg.descriptor_role(TOKEN.findall(app.group(1))[-1:]) == "outlet":
            # "Iran, the government daily, said": the paper of that name, not the country
            spk.update(role="outlet", kind="outlet")
        if res.entry is not None and res.kind == "person" and " " not in clean_mention(mention):
            # "Soleimani went on": the namesake named in full just before ("Gholamreza Soleimani"), if any.
            word = " " + clean_mention(mention)
            h = next((h for h in reversed(self.history) if h["kind"] == "person" and h["pos"] < pos
                      and h["name"].endswith(word)), None)
            if h is not None and h["name"] != res.name:
                spk = dict(h, mention=mention, pos=pos, known=True)
        if res.entry is None and res.kind == "person" and res.role == "unknown":
            bare = res.name.split()
            while len(bare) > 1 and bare[0] in self.reg.honorifics:
                bare.pop(0)  # "Sheikh Qassem": the Naim Qassem named before
            if len(bare) == 1 and (full := self._surname(bare[0], pos)):
                spk = dict(full, mention=mention, pos=pos, known=True)
            if spk["role"] == "unknown":
                # "Nasser Kanaani, the foreign ministry's spokesman, said": the appositive tells the role.
                role = self._role_after(end)
                if not role and self.text[end:end + 1] == "," and \
                        (before := DESCRIPTION_BEFORE.search(self.text, max(0, pos - 160), pos)):
                    # "Iran's ambassador to Damascus, Hossein Akbari, said": the description before him
                    role = self._appositive_role(before.group(1))
                if role:
                    spk["role"] = role
                if role == "outlet" and (app := APPOSITIVE.match(self.text, end)) is not None and \
                        self.reg.person_nouns.isdisjoint(w.lower() for w in TOKEN.findall(app.group(1))) and \
                        self.reg.person_heads.isdisjoint(w.lower() for w in TOKEN.findall(app.group(1))):
                    spk["kind"] = "outlet"  # "Al-Sabah, the state-owned daily,": a paper, which "an editorial" is of
        self.history.append(spk)
        return spk

    def _appositive_role(self, app):
        """The role an appositive gives a person: its head noun's ("an analyst close to the Guard":
        other), or the body it names him part of ("a spokesman for the militia", "a fellow at the
        Atlantic Policy Forum": organization; "secretary of the Security Council": official)."""
        if (whose := WHOSE_BODY.match(app)) is not None and \
                not self.reg.party_nouns.isdisjoint(w.lower() for w in TOKEN.findall(whose.group(1))[-1:]):
            return "official"  # "NAME, whose Free Patriotic Movement is Hezbollah's ally,": the party's leader
        app = RELATIVE_TAIL.split(app, 1)[0]  # "a researcher who has followed the Guard": not the Guard
        if (voice := SPEAKING_FOR.match(app)) is not None:
            return self._appositive_role(f"a spokesman for {voice.group(1)}")  # ", speaking for the State Department,"
        if CHANNEL_PARTICIPLE.match(app):
            return None  # "NAME, speaking to The Weekly Compass by telephone, said": where he spoke, not who he is
        if (to := TO_BODY.match(app)) and self.reg.descriptor_role(TOKEN.findall(to.group(1))) == "other":
            return "other"  # "a caller to state radio’s phone-in": a member of the public, whatever he called
        if PARLIAMENTARY_BLOC.search(app) and not FORMER.search(app):
            return "official"  # "head of the group's bloc in parliament", "of Hezbollah's parliamentary bloc": an MP
        pp = APPOSITIVE_PP.search(app)
        if pp and pp.group(1).lower() == "in" and (body_pp := BODY_PP.search(app, pp.start(2))):
            pp = body_pp  # "a senior lecturer in Middle East politics at the University of X": the university
        head = app[:pp.start()] if pp else app
        if FORMER.search(head) and (self.reg.descriptor_role(TOKEN.findall(head)) != "official" or
                                    any(sp.role != "official" for _, _, sp in self.reg.find(head)) or
                                    self.reg.armed_group_member(app)):
            return "other"  # "a former member of the group", "a former commander of a rebel brigade": no longer
            # (a former or retired officer, diplomat or MP of a state still speaks as an official)
        head_words = TOKEN.findall(head)
        role = self.reg.descriptor_role(head_words)
        if not pp or pp.group(1).lower() not in ("at", "with", "of", "for"):
            return role
        if head_words and head_words[-1].lower() in ("member", "members") and \
                (res := self.reg.resolve(pp.group(2))).role == "official" and res.kind != "person":
            return "official"  # "a Kurdistan Democratic Party (KDP) member of the Iraqi parliament": an MP
        body = re.split(r"\s(?:in|near|based in|from)\s", pp.group(2), maxsplit=1)[0]  # "at X in Washington"
        res = self.reg.resolve(body)
        body_words = TOKEN.findall(body)
        body_role = res.role if res.role != "unknown" else (
            "organization" if any(capitalised(w) for w in body_words) else None)
        owner = re.match(r"(?:the\s+)?([^’']+)[’']s\s", body) or BODY_OF_STATE.match(body)
        if owner and (self.reg.resolve(owner.group(1)).role == "official" or
                      self.reg.descriptor_role(TOKEN.findall(owner.group(1))) == "official"):
            body_role = "official"  # "a member of parliament’s (the Majlis) security committee": a state body's part
        elif role == "other" and res.entry is None and body_words and not capitalised(body_words[-1]):
            body_role = None  # "an analyst at a Baghdad-based research centre": unnamed, so independent
        if role in (None, "other") or role == "official" and body_role == "organization" and (
                res.entry is not None or SPOKES_WORD.search(head)) or \
                role == "official" and body_role == "other" and res.entry is not None and res.entry.type == "person":
            # ("the representative of Grand Ayatollah al-Sistani": a cleric's man, no office-holder)
            # ("Assistant Secretary-General for the Middle East": an office, whatever the capitals after it)
            role = body_role or role
        role = role or self.reg.descriptor_role(TOKEN.findall(app))  # "a member of parliament"
        if role == "official" and self.reg.armed_group_member(app):
            return "organization"  # "a spokesman for the rebel command in Qusayr"
        return role

    def _flush(self):
        """Remember the subjects and named people of the sentences seen since the last look-back."""
        pending, self.pending = self.pending, []  # taken first: a description's look-back flushes too
        for s0, s1 in pending:
            self._remember_subject(s0, s1)

    def _description(self, head, pos, modifier=None):
        """'the newspaper', 'the commander': the latest earlier mention of that kind; with a nationality
        ``modifier`` ('the US president'), the official of that country named last within a few sentences,
        else the latest mention of that kind and country."""
        head = head.lower()
        role = self.reg.descriptors.get(head)
        aged = AGE_MODIFIER.fullmatch(modifier or "") and head in self.reg.person_heads | set(self.reg.descriptors)
        by_age = aged or not modifier and AGE_MODIFIER.fullmatch(head)  # ("the 29-year-old": no head noun)
        if role is None and not by_age:
            return None
        self._flush()
        if head in PIECE_NOUNS | {"columnist", "author", "writer"} and not modifier:
            # "a column in Vatan-e Emrooz by NAME ... The column ran on page three": its author's words (and
            # "the columnist" is he)
            h = next((h for h in reversed(self.history) if h.get("piece") and 0 < pos - h["pos"] < 4000), None)
            if h is not None:
                return dict(h, mention=f"the {head}", pos=pos)
        country = self.reg.nationalities.get(modifier.lower()) if modifier else None
        if by_age:
            # "The 85-year-old cleric, addressing ..., said", "the 29-year-old said": the person just named,
            # described by age
            near = [h for h in reversed(self.history) if 0 < pos - h["pos"] < 1500 and h["kind"] == "person" and
                    capitalised(h["name"]) and " and " not in h["name"]]
            # (a sentence's subject before a name in passing: "Khamenei had said ..., a position he tied to
            # Trump’s exit ... the 85-year-old cleric said" is Khamenei)
            h = next((h for h in near if h.get("subj")), near[0] if near else None)
            if h is not None:
                return dict(h, mention=f"the {modifier} {head}" if modifier else f"the {head}", pos=pos)
            if not aged:
                return None
        # ("the secretary-general" is not an "Assistant Secretary-General")
        lesser = r"(?<!assistant )(?<!deputy )(?<!under-)" if "-" in head else ""
        same_head = re.compile(rf"{lesser}\b{re.escape(head.rstrip('s'))}s?\b", re.IGNORECASE)
        group = None  # "the group": the organisation just named, unless one is named by the noun itself
        body = head not in self.reg.person_heads  # "the coalition" is not "coalition spokesman Colonel X"
        outlet = None
        named_head = re.compile(rf"\b{re.escape(head.rstrip('s').capitalize())}s?\b")  # in a name: "News Agency"
        if not country:
            # In a debate, "the Minister" is the minister its labels name ("The Minister for the Middle
            # East (NAME):"), whoever else was called a minister since ("the Iranian Foreign Minister").
            for h in reversed(self.history):
                if h.get("office") and h["pos"] < pos and same_head.search(h["mention"]):
                    return dict(h, mention=f"the {head}", pos=pos)
        for h in reversed(self.history):
            if h["pos"] >= pos or h["name"].islower() and " " not in h["name"]:
                continue  # a bare "op-ed" or "commander" names no one
            if country:
                e = self.reg.resolve(h["name"]).entry
                if (e.country if e is not None else None) != country and modifier not in h["mention"].split():
                    continue  # "The US president said": not Iran's president named before
                if head in ("president", "leader", "official") and h["kind"] == "person" and h["role"] == "official" \
                        and pos - h["pos"] < 600:
                    return dict(h, mention=f"the {modifier} {head}", pos=pos)  # "Joe Biden ... The US president"
            if body and h["kind"] == "person":
                continue
            if modifier and not country and head in FUNCTION_HEADS and modifier.islower() and \
                    modifier.lower() not in (h["mention"] + " " + h["name"]).lower():
                continue  # "the intelligence ministry" is not the health ministry named before
            if modifier and not country and modifier[:1].isupper() and h["kind"] == "person" and \
                    modifier.lower() not in " ".join((h["mention"], h["name"], h.get("described", ""),
                                                      getattr(self.reg.entry(h["name"]), "affiliation", ""))).lower():
                continue  # "the Hezbollah leader" is not the Leader (Khamenei) named before
            if role == "outlet" and h["role"] == "outlet" and h["kind"] in ("outlet", "group"):
                if named_head.search(h["name"]):
                    return dict(h, mention=f"the {head}", pos=pos)  # "the agency": Fars News Agency
                if outlet is None:
                    outlet = h  # else the outlet named last, unless one the noun names comes soon before it
                elif pos - h["pos"] > 1500:
                    break
                continue
            if role != "outlet" and (same_head.search(h["mention"]) or same_head.search(h.get("described", ""))
                                     or "." in h["mention"] and same_head.search(self._spelt_out(h["mention"]))
                                     or head in self.reg.nouns.get(h["name"], ()) and (  # "the military": the IDF
                                         not modifier or modifier.lower() in (h["mention"] + " " + h["name"]).lower())
                                     or head == "cleric" and h["mention"].split(" ", 1)[0] in self.reg.clerical_titles
                                     or (kin := self.reg.description_kin.get(head)) is not None and h["kind"] == "person"
                                     and (kin.search(h["mention"]) or kin.search(h.get("described", "")))):
                # "the committee": the Negotiating Committee named before, a clearly named source; but "the group"
                # after a sentence whose subject was a group is that group ("Kataib Hezbollah said ... The group
                # vowed"), not one called "the group" before it
                if head in self.reg.group_anaphors and group is not None and group.get("subj") and \
                        pos - group["pos"] < 400 and group["name"] != h["name"]:
                    return dict(group, mention=f"the {head}", pos=pos)
                return dict(h, mention=f"the {head}", pos=pos, known=h.get("known") or capitalised(h["name"]))
            if role == "organization" and head in self.reg.group_anaphors and h["role"] == "organization" and \
                    h["kind"] in ("group", "body") and \
                    (group is None or h.get("subj") and not group.get("subj") and group["pos"] - h["pos"] < 300):
                # the subject of the sentence before rather than a group named after it: "Kataib Hezbollah, one of
                # the factions within the PMF, blamed ... the group said" is Kataib Hezbollah
                group = h
        if outlet is not None:
            return dict(outlet, mention=f"the {head}", pos=pos)
        if group is None and head in FUNCTION_HEADS and modifier and modifier.islower() and \
                (state := next((h for h in reversed(self.history[-6:]) if h.get("subj") and h["kind"] == "government"
                                and 0 < pos - h["pos"] < 400), None)) is not None:
            # "Bahrain was the most suspicious. ... the foreign ministry said": the ministry of the state just
            # spoken of, none named before
            return dict(state, name=f"{state['name']}'s {modifier} {head}", kind="body", mention=f"the {modifier} {head}",
                        pos=pos, known=True)
        return dict(group, mention=f"the {head}", pos=pos) if group else None

    def _named_body(self, head, pos):
        """The body last named before ``pos`` by a capitalised name with the head noun ``head`` ("the
        Syrian Foreign Ministry", "Iran’s mission to the United Nations"), as a speaker dict, or None."""
        role = self.reg.descriptors.get(head.lower())
        if role not in ("official", "organization"):
            return None
        named = re.compile(r"(?:\b[A-Z][\w\-]*[’']s\s+|\b(?:[A-Z][\w\-]*\s+){1,3})(?:[a-z][\w\-]*\s+)?(?i:"
                           + re.escape(head) + r")\b(?:\s+(?:to|in|for|of)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,2})?")
        found = None
        for m in named.finditer(self.text, max(0, pos - 800), pos):
            found = m
        if found is None:
            return None
        res = self.reg.resolve(found.group(0))
        whole = self.reg.alias_folded.get(found.group(0).lower())  # the registry's name only for all of it
        name = whole.name if whole is not None and whole.type != "person" else clean_mention(found.group(0))
        return dict(name=name, role=res.role if res.role != "unknown" else role, kind="body", mention=found.group(0),
                    pos=found.start(), known=True)

    def _spelt_out(self, mention):
        """The mention with its abbreviated titles written in full ("Brig. Gen. X": "brigadier general X")."""
        full = self.reg.title_abbreviations
        return " ".join(full.get(w.lower(), w) for w in mention.split())

    def _possessor(self, possessive, pos):
        """Whom a possessive pronoun at ``pos`` ("his", "her", "its", "their") refers to: "its" an
        outlet or body if one was named, else as "they" does."""
        return (possessive == "its" and self._pronoun("it", pos)) or \
            self._pronoun({"his": "he", "her": "she"}.get(possessive, "they"), pos)

    def _pronoun(self, pronoun, pos, continuation=False):
        self._flush()
        kind = PRONOUNS[pronoun]
        last = self.last_statement
        if continuation and last and pos - last["start"] < 600 and kind in ("person", "plural"):
            # "He added:", "She went on": the speaker just quoted goes on speaking.
            return dict(name=last["speaker"], role=last["speaker_role"], kind="person",
                        mention=pronoun, pos=pos, known=True)
        if kind == "thing":
            return self._it(pos)
        ruled_out = self.reg.gender_words.get(pronoun, ())
        # In a reporting clause after the words ("“...,” he said", "One sailor, he said, had ..."), people named
        # inside the last statement's words are not who speaks: "he said NAME had discussed it with his
        # counterpart OTHER. “...,” he said." is the first speaker again (but "Karrar says, Soleimani visited
        # them. He told the fighters ...": Soleimani)
        said = (last["start"], last["end"]) if kind == "person" and last and last["kind"] in ("indirect", "partial") \
            and last["end"] <= pos and self._genders.get(last["speaker"], pronoun) == pronoun else None
        after_words = said is not None and self.text[max(0, pos - 3):pos].rstrip().endswith((",", "”", '"'))
        if kind == "person" and RELATIVE_PRONOUN_BEFORE.search(self.text, max(0, pos - 12), pos) and \
                (first := self._same_sentence_subject(pos, pronoun, ruled_out) or
                 self._subject_owner(pos, pronoun, ruled_out)) is not None:
            return dict(first, mention=pronoun, pos=pos)  # "Biden announced sanctions on X, which he accused of": Biden
        for h in reversed(self.history[-12:]):
            if h["pos"] >= pos or h.get("mention") == "I":
                continue  # (a signed piece's "I" is no "he")
            if self.text.endswith(("like ", "as if ", "as though "), max(0, h["pos"] - 10), h["pos"]):
                continue  # "sounding like a man who had won ... he called": a likeness, no one
            if TOPIC_THEN_PRONOUN.match(self.text, h["pos"] + len(h["mention"])):
                continue  # "Markets, she told the paper, “...”", "One sailor, he said, had ...": what was spoken of
            if said and said[0] <= h["pos"] < said[1] and h["name"] != last["speaker"] and (
                    after_words or h["pos"] > said[0] + 2 and
                    not CLAUSE_SUBJECT_AT.match(self.text, h["pos"] + len(h["mention"]))):
                # (and "told SNS that the factions would avenge NAME. He said ...": NAME, an object inside the
                # last statement's words, is not who speaks next; "Karrar says, Soleimani visited them. He": is)
                continue
            if self._genders.get(h["name"], pronoun) != pronoun and pronoun in ("he", "she"):
                continue  # "the appellant ... He claims", then "Dr NAME ... She said": not the appellant
            if ruled_out and not (ruled_out.isdisjoint(h["mention"].lower().split()) and ruled_out.isdisjoint(
                    TOKEN.findall(self.text[max(0, h["pos"] - 24):h["pos"]].lower())[-2:])):
                continue  # "One man in Istanbul said ... She says", "her eldest son, Jawad, ... She": not him
            if kind == "person" and h["kind"] == "person" and not _plural(h["mention"]) and not h.get("subj") and \
                    (first := self._participle_subject(h, pronoun, ruled_out)) is not None:
                h = first  # "NAME spent two days in Tehran, meeting X and Y, who runs ... He told": the subject
            if kind == "person" and h["kind"] == "person" and not _plural(h["mention"]):
                under = h.get("under")  # "NAME, an adviser to Supreme Leader X, was in Damascus. He said": NAME
                if under is not None and (not ruled_out or ruled_out.isdisjoint(under["mention"].lower().split())):
                    h = under
                if pronoun in ("he", "she"):
                    self._genders.setdefault(h["name"], pronoun)
                return dict(h, mention=pronoun, pos=pos)  # "he" is not "the Americans" or "their families"
            if kind == "plural" and h["role"] != "unknown" and (
                    h["kind"] in ("group", "body", "government", "outlet") or PLURAL_HEAD.search(h["mention"])):
                return dict(h, mention=pronoun, pos=pos)
            if kind == "person" and h.get("subj") and h["kind"] in ("group", "body", "government", "outlet") and \
                    (ph := PERSON_FOR.match(h["mention"])) and ph.group(1).lower() in self.reg.person_heads:
                return dict(h, mention=pronoun, pos=pos)  # "A spokeswoman for the State Department said ... She"
        return None

    def _piece_author(self, pos):
        """The last "column ... by NAME" (a signed piece) within a few paragraphs before ``pos``: a match whose
        group "by" is the author, or None."""
        return next((m for m in reversed(list(DESCRIBED_NAME.finditer(self.text, max(0, pos - 4000), pos)))
                     if m.group("by")), None)

    def _subjects_before(self, pos):
        """The people named as subjects of the sentence ``pos`` is in, before ``pos``, the last first."""
        for g in reversed(self.history[-12:]):
            if g["pos"] >= pos:
                continue
            if SENTENCE_END.search(self.text, g["pos"], pos):
                return
            if g.get("subj") and g["kind"] == "person" and not _plural(g["mention"]):
                yield g

    def _can_be(self, g, pronoun, ruled_out):
        """Whether ``pronoun`` ("he", "she") can refer to the history entry ``g``, by gender and by the words that
        rule people out ("One woman said ... He")."""
        return self._genders.get(g["name"], pronoun) == pronoun and \
            (not ruled_out or ruled_out.isdisjoint(g["mention"].lower().split()))

    def _same_sentence_subject(self, pos, pronoun, ruled_out):
        """The person named as the subject of the sentence ``pos`` is in, before it, if "he" or "she" can be them."""
        return next((g for g in self._subjects_before(pos) if self._can_be(g, pronoun, ruled_out)), None)

    def _subject_owner(self, pos, pronoun, ruled_out):
        """The person whose possessive opens the sentence ``pos`` is in ("Mousavi’s website, Kalameh, published a
        statement in which he said": Mousavi), if "he" or "she" can be them; or None."""
        s0 = self.text.rfind("\n", 0, pos) + 1
        for m in SENTENCE_END.finditer(self.text, s0, pos):
            s0 = m.end()
        own = OWNER_OPENS.match(self.text, s0, pos)
        if own is None:
            return None
        g = self._resolve(own.group(1), s0)
        return g if g is not None and g["kind"] == "person" and capitalised(g["name"]) and \
            self._can_be(g, pronoun, ruled_out) else None

    def _participle_subject(self, h, pronoun, ruled_out):
        """The subject of the sentence that names ``h`` as the object of its participle clause ("NAME spent two
        days in Tehran, meeting X and Y"), if "he" or "she" can be them: who the next sentence's pronoun is."""
        g = next(self._subjects_before(h["pos"]), None)
        if g is None or not self._can_be(g, pronoun, ruled_out):
            return None
        part = PARTICIPLE_CLAUSE.search(self.text, g["pos"], h["pos"])
        return g if part is not None and not self.text.count(",", part.end(), h["pos"]) else None

    def _it(self, pos):
        """"Kayhan ... It said", "whom it described as": the outlet, group or state body named last as a
        sentence's subject, else named last; never a person or a plural ("the Iranians")."""
        found = None
        for h in reversed(self.history[-12:]):
            if h["pos"] >= pos:
                continue
            if pos - h["pos"] > 1200:
                break
            if h.get("piece") and h.get("subj"):
                return dict(h, mention="it", pos=pos)  # "The column ran on page three. It opens like this:"
            if h["kind"] == "government" and not h.get("subj") and PLACE_BEFORE.search(self.text, max(0, h["pos"] - 12),
                                                                                      h["pos"]):
                continue  # "fired missiles at a house in Erbil. Its statement said": a place, not who "it" is
            if h["kind"] not in ("outlet", "group", "body", "government") or \
                    h["role"] not in ("outlet", "organization", "official") or \
                    PLURAL_HEAD.search(h["mention"]) or PLURAL_NAME.match(self.text, h["pos"]):
                continue
            if h.get("subj"):
                found = h
                break
            found = found or h
        if found is None:
            # "The column ran on page three ... [three paragraphs of it] ... It closes:": the signed piece
            found = next((h for h in reversed(self.history[-40:]) if h.get("piece") and h.get("subj") and
                          0 < pos - h["pos"] < 4000), None)
        return dict(found, mention="it", pos=pos) if found else None

    def _agent_noun(self, phrase):
        """Whether a description's head is a noun for a person that the descriptor lists lack ("a
        hydrologist", "a consultant"); the listed people ("a shopkeeper") are ``person_heads``, and the
        listed "other" nouns include documents ("a report")."""
        words = TOKEN.findall(phrase)
        return bool(words) and self.reg.descriptor_role(words) is None and \
            AGENT_NOUN.fullmatch(words[-1].lower()) is not None

    def _remember_subject(self, s0, s1):
        """Keep the sentence's subject and named people for later pronouns and descriptions."""
        text, history = self.text, self.history
        if (caps := HEADING.match(text, s0, s1)) and (s0 == 0 or text[s0 - 1] == "\n"):
            words = caps.group(1).split()
            for name in (" ".join(w[0] + w[1:].lower() for w in words), caps.group(1).title()):
                res = self.reg.resolve(name)
                if res.entry is not None and res.kind in ("outlet", "group", "body"):
                    history.append(dict(name=res.name, role=res.role, kind=res.kind, mention=name, pos=s0,
                                        known=True, subj=True))  # "KAYHAN (hardline)": the section's paper
                    return
        if (oh := OUTLET_HEADING.fullmatch(text, s0, s1)) and (s0 == 0 or text[s0 - 1] == "\n") and \
                self.reg.descriptor_role(TOKEN.findall(oh.group(2))) == "outlet":
            # "Al-Sabah (state-owned daily)" over a press review's section: "the government paper" below is it
            res = self.reg.resolve(oh.group(1))
            history.append(dict(name=res.name if res.entry is not None else oh.group(1), role="outlet", kind="outlet",
                                mention=oh.group(1), pos=s0, known=True, subj=True))
            return
        seen = {h["pos"] for h in history[-30:]}
        bullet = TIMESTAMP_LEAD.match(text, s0, s1) or BULLET.match(text, s0, s1)
        p0 = bullet.end() if bullet else s0
        lc = LEADING_CONJ.match(text[p0:s1]) or DATELINE.match(text[p0:min(s1, p0 + 120)])
        p0 += lc.end() if lc else 0  # (and the dateline before a story's first subject: "BEIRUT (Reuters) - NAME")
        for _ in range(3):
            # "On Nov. 5 it said", "Speaking to the crowd, the cleric ...": the subject follows the opener.
            seg = text[p0:min(s1, p0 + 160)]
            if not (ADVERBIAL_START.match(seg) or OPENER.match(seg)):
                break
            comma = seg.find(",")
            if (on := OPENER_NP.match(text, p0, p0 + comma if comma > 0 else s1)) is not None:
                p0 = on.end()  # "In the same statement Biden announced ..., which he": an opener without its comma
                break
            if (ot := OPENER_DURATION.match(text, p0, s1)) is not None and (comma <= 0 or ot.end() < p0 + comma):
                p0 = ot.end()  # "For nine years NAME has carried bricks ..., sending": its subject
                break
            if comma <= 0:
                # (a time without its comma: "On the night of 15 January 2024 the IRGC fired": its subject)
                p0 = ot.end() if (ot := OPENER_TIME.match(text, p0, s1)) is not None else s1
                break
            p0 += comma + 1
            while p0 < s1 and text[p0].isspace():
                p0 += 1
            if text.startswith(("which ", "where "), p0) and (c2 := text.find(", ", p0, s1)) > 0:
                p0 = c2 + 2  # "In Kiryat Shmona, which was hit by rockets, NAME said": past the place's clause
        if text.startswith(("I ", "We "), p0) and (ao := AUTHOR_ASKED.match(text, p0, s1)):
            # "I asked NAME, a ..., how ...": the person the author questioned, for a later "She told me".
            np_ = self._speaker_np(ao.end(), s1)
            if np_ and np_[0] not in seen:
                res = self.reg.resolve(text[np_[0]:np_[1]])
                if res.kind == "person" and capitalised(res.name):
                    spk = self._resolve(text[np_[0]:np_[1]], np_[0])
                    if spk:
                        spk["subj"] = True
                        seen.add(np_[0])
        # A sentence opening with a quotation has the quotation's first words, not a subject, there.
        subj = self._speaker_np(p0, s1) if text[p0:p0 + 1] not in QUOTE_CHARS else None
        # "NAME, a spokesman for the coalition, said": a later "the spokesman" is NAME
        app = APPOSITIVE.match(text, subj[1], s1) if subj and text[subj[1]:subj[1] + 1] == "," else None
        subject = None  # the sentence's subject, for a later "he" (see _pronoun) when it is one named person
        pr = PERSON_PRONOUN.match(text, p0, s1) if subj is not None and subj[0] == p0 else \
            OPENER_PRONOUN.match(text, p0, s1) if subj is None else None  # "From 2012 he oversaw ..."
        style = STYLE_OF_ADDRESS.match(text, p0, s1) if subj is not None and subj[0] == p0 else None
        if pr is not None and pr.group(1).lower() in ("he", "she") or style:
            # "He added that ... NAME had told X that ...": names inside are "under" him, as after a name
            # ("His Eminence affirmed ...": him too)
            spk = self._resolve(style.group(0), p0) if style else self._pronoun(pr.group(1).lower(), pr.start(1))
            if spk is not None and spk["kind"] == "person" and capitalised(spk["name"]):
                subject = dict(spk, mention=spk["name"], subj=True)
            subj = None
        if subj is None and (piece := PIECE_AT.match(text, p0, s1)) and SIGNED_BY.match(text, piece.end(), s1):
            # "The most quoted column of the week was by NAME in X. She wrote that": its author
            spk = self._resolve(piece.group(0), p0)
            subject = dict(spk, subj=True) if spk is not None and spk["kind"] == "person" else None
        if subj and subj[0] in seen:
            for h in history[-30:]:
                if h["pos"] == subj[0]:
                    subject = h
                    h["subj"] = True  # resolved as a speaker already: still the sentence's subject for "it"
                    if app and h["kind"] == "person" and "described" not in h:
                        h["described"] = app.group(1)
        elif subj:
            mention = text[subj[0]:subj[1]]
            d = DEFINITE.match(mention)
            ref = d and (self._description(d.group(1), subj[0]) if not d.group(2) else
                         AGE_MODIFIER.fullmatch(d.group(1)) and self._description(d.group(2), subj[0], d.group(1)))
            its = not ref and (mention[:4] in ("Its ", "its ") or ITS_BEFORE.search(text, max(s0, subj[0] - 6), subj[0]))
            owner = its and self.reg.person_heads.isdisjoint(w.lower() for w in TOKEN.findall(mention)) and \
                self._possessor("its", subj[0])
            if owner and owner["kind"] in ("outlet", "group", "body"):
                # "Its front page carries ...": still the paper named before (no "front page" for a later "it")
                subject = dict(owner, subj=True)
                history.append(dict(subject, pos=subj[0]))
                seen.add(subj[0])
            elif ref:
                # "the spokesman smiled": the spokesman named before, for a later "he"
                subject = dict(ref, subj=True)
                history.append(subject)
                seen.add(subj[0])
            elif not DEMONSTRATIVE.match(mention) and not HEADLINE_LABEL.fullmatch(mention) and \
                    not QUANTIFIER.fullmatch(mention) and self.reg.is_speakerish(mention):
                res = self.reg.resolve(mention)
                line = text[s0:s1].strip()
                if res.entry is None and (s0 == 0 or text[s0 - 1] == "\n") and line[-1:] not in ".!?:\"”’" and \
                        len(line.split()) <= 6:
                    pass  # a section heading ("Regrets", "The Syrian years"), no one a later "he" could be
                elif res.role != "unknown" or res.kind == "person":
                    spk = dict(name=res.name, role=res.role, kind=res.kind, mention=mention,
                               pos=subj[0], subj=True,
                               known=res.entry is not None or res.kind == "person" and capitalised(res.name))
                    if res.entry is None and res.role == "unknown" and res.kind == "person" and \
                            " " not in res.name and (full := self._surname(res.name, subj[0])):
                        spk.update(name=full["name"], role=full["role"], known=True)  # "Ashtiani was asked"
                    if app and res.kind == "person":
                        spk["described"] = app.group(1)
                    if res.role == "unknown" and res.entry is None and app:
                        # "NAME, the city’s Friday prayer leader, was blunt": the appositive tells his role
                        spk["role"] = self._appositive_role(app.group(1)) or "unknown"
                        if spk["role"] in ("outlet", "organization") and app.group(0).rstrip().endswith(",") and \
                                not WHO_WHOSE.match(app.group(1)) and \
                                self.reg.person_heads.isdisjoint(w.lower() for w in TOKEN.findall(app.group(1))):
                            # (but "NAME, whose movement has a large following,": a person with a movement)
                            # "NAME, one of the channels I read every day,": a body, which a later "it" is
                            spk["kind"] = "outlet" if spk["role"] == "outlet" else "group"
                    history.append(spk)
                    subject = spk
                    seen.add(subj[0])
                    if text[subj[1]:subj[1] + 1] == "," or NAMED_BY.match(text, subj[1], s1) or \
                            PP_TAIL.match(text, subj[1], s1) or NOUN_TAIL.match(text, subj[1], s1):
                        self._named(spk, subj[0], subj[1], s1)  # "The army chief, Gen. X, ...", "A spokesman for Y, X,"
        if subject is None and (cp := COPULA_PIECE.match(text, p0, s1)) is not None and \
                (ref := self._resolve(cp.group(1), cp.start(1))) is not None and ref.get("role") == "outlet":
            ref["subj"] = True  # "The surprise was the unsigned editorial on page three. It argued": the paper's piece
        if " called " in text[s0:s1] or " named " in text[s0:s1] or " dubbed " in text[s0:s1] or " known as " in text[s0:s1]:
            for cm in CALLED_NAME.finditer(text, s0, s1):
                role = self.reg.descriptors.get(cm.group(1))
                if role in ("outlet", "organization"):
                    history.append(dict(name=cm.group(2).strip(), role=role, pos=cm.start(2), known=True,
                                        kind="outlet" if role == "outlet" else "group", mention=cm.group(0)))
        if ", a" in text[s0:s1] or " by " in text[s0:s1] or ", who " in text[s0:s1]:
            # A person named outside the subject, but described ("We heard from Dr NAME, a lecturer at ...",
            # "quoted Dr. NAME, who teaches ...") or as a text's author ("The paper's lead editorial, by NAME, ran"): a later "she" or "he".
            for m in DESCRIBED_NAME.finditer(text, s0, s1):
                key = "by" if m.group("by") else "who" if m.group("who") else "name"
                a, name, app = m.start(key), m.group(key), m.group("app")
                if key == "by" and a in seen:
                    for h in history[-30:]:
                        if h["pos"] == a and h["kind"] == "person":
                            h["piece"] = m.group("piece").lower()  # (named already, as a speaker)
                if a in seen or _quoted_at(text, s0, a) or self.reg.resolve(name).entry is not None or \
                        app and self.reg.person_heads.isdisjoint(TOKEN.findall(app.lower())) and \
                        not self._agent_noun(RELATIVE_TAIL.split(app, 1)[0]) or \
                        subject is not None and subject["pos"] <= a < subject["pos"] + len(subject["mention"]):
                    continue  # (and "Major General NAME, who speaks for ...": the subject, known already)
                history.append(dict(name=name, role=app and self._appositive_role(app) or "unknown", kind="person",
                                    mention=name, pos=a, known=True))
                if key == "by":  # the author whom "the column" then stands for
                    history[-1] = _writer(history[-1], m.group("piece"))
                seen.add(a)
        for km in self.reg.kin_name.finditer(text, s0, s1):
            # "..., and my aunt Perishan lives four hundred metres from the camp": whom a later "she" is
            if km.start(1) not in seen and not _quoted_at(text, s0, km.start(1)):
                history.append(dict(name=km.group(1), role="other", kind="person", mention=km.group(1),
                                    pos=km.start(1), known=True))
                seen.add(km.start(1))
        # the subject's own name ("Iran's army chief of staff, Gen. NAME, said": NAME is no one "under" him)
        named_here = {h["name"] for h in history[-30:] if h.get("described") and s0 <= h["pos"] < s1}
        for a, b, sp in self.reg.find(text, s0, s1):
            if a in seen or _quoted_at(text, s0, a):
                continue  # a name inside a quotation ("deals with Netanyahu") is no antecedent for "he"
            if subject is not None and subject["pos"] < a < subject["pos"] + len(subject["mention"]) and \
                    subject["name"] != sp.name and subject["kind"] == sp.type == "outlet":
                continue  # "Nida al-Watan": the subject's own name holds another paper's (Al-Watan)
            given = GIVEN_NAMES.search(text, max(s0, a - 40), a) if sp.type == "person" and " " not in text[a:b] \
                else None
            if given and self.reg.other_given_name(given.group(1).split()[-1]):
                # "Gholamreza Soleimani": a namesake of the registered person, for later "He" and "Soleimani".
                res = self.reg.resolve(given.group(1) + text[a:b])
                history.append(dict(name=res.name, role=res.role, kind="person", mention=res.name, pos=given.start(1),
                                    known=True))
                continue
            # "by IRGC commander Maj. Gen. NAME": the title before the name, for a later "the general"
            title = _title_before(text[max(s0, a - 60):a].split()[-4:], self.reg) \
                if sp.type == "person" and text[a - 1:a].isspace() else None
            history.append(dict(name=sp.name, role=sp.role, kind=sp.type, mention=sp.name, pos=a, known=True,
                                **({"described": self._spelt_out(" ".join(title))} if title else {}),
                                **({"under": subject} if subject is not None and subject["pos"] < a and
                                   subject["kind"] == "person" and capitalised(subject["name"]) and
                                   not _plural(subject["mention"]) and sp.name not in named_here and
                                   # ("Key points from NAME's speech:": a capitalised word is no one)
                                   (" " in subject["name"] or self.reg.resolve(subject["name"]).entry
                                    is not None) else {})))
        history.sort(key=_POS)  # stable: equal positions keep their order
        del history[:-200]  # only recent mentions are ever referred back to

    # ---------------------------------------------------------------- content
    def _content_start(self, b, s1, cue):
        text = self.text
        pos = b
        if cue.content == "question":
            # "asked whether ...", "asked in an editorial how many ...", "asked the minister why ...":
            # the reported question from its wh-word; "asked not to be named", "asked about" say nothing.
            if (lq := LEAD_TO_QUOTE.match(text, b, s1)) is not None:
                close = text.find("”" if text[lq.end()] == "“" else '"', lq.end() + 1, s1 + 1)
                if close > 0 and text[lq.end():close].rstrip().endswith("?"):
                    return lq.end()  # "asked on its front page, “Who lied to us?”": the quoted question
            m = QUESTION_WORD.search(text, b, min(s1, b + 90))
            if (rq := REQUEST_OBJECT.match(text, b, s1)) is not None:
                # "asked Turkey and Qatar to secure their release": a request, as "urged X to" is
                return rq.start(1)
            between = text[b:m.start()].replace(",", " ").split() if m else ()
            if m is None or len(between) > 6 or _has_quote(text[b:m.start()]) or any(ch in text[b:m.start()] for ch in ";:.") \
                    or any(w.lower() in ("to", "for", "about", "not", "that", "and") for w in between):
                return None  # "asked reporters to leave when ...": no question
            return m.start()
        if cue.content == "colon":
            # "put it to me this way when I called him: the party ...": after a short lead-in, the colon.
            colon = text.find(":", b, min(s1, b + 80))
            if colon < 0 or _has_quote(text[b:colon]):
                return None
            pos = colon + 1
            while pos < s1 and text[pos].isspace():
                pos += 1
            return pos if pos < s1 else None
        m = CHANNEL_THAT.match(text[b:s1]) or CITING_THAT.match(text[b:s1]) or TO_WHOM_COLON.match(text[b:s1]) or \
            HEADLINE_THAT.match(text[b:s1])
        if m and m.re is CHANNEL_THAT and RELATIVE_GAP.match(text, b + m.end(), s1):
            return None
        if m and cue.content in ("clause", "object"):
            # ("wrote to KHALIL: “...”": the addressee, then the words)
            # "said in a message of condolence that": the channel, then the content.
            return b + m.end() if b + m.end() < s1 else None
        for _ in range(8):
            seg = text[pos:s1]
            m = self.cues["adjunct"].match(seg)
            if m and m.end():
                pos += m.end()
                continue
            break
        if (pa := PARTICIPLE_ASIDE.match(text, pos, s1)) is not None:
            pos = pa.end()
        if cue.content in ("clause", "object") and (pc := PLACE_COLON.match(text, pos, s1)) is not None:
            return pc.end()  # "said in a speech at the Umayyad Mosque in Damascus: “...”": the quotation
        seg = text[pos:s1]
        if cue.addressee and (end := self._addressee_end(pos, s1)) is not None:
            pos = end  # "warned the rebels and their backers on Sunday that ...": whom, then the content
            seg = text[pos:s1]
        if cue.content == "object" and (rel := OBJECT_RELATIVE_THAT.match(seg)):
            return pos + rel.end() if pos + rel.end() < s1 else None  # "told a meeting that was broadcast ... that"
        if cue.content == "object" and (m := OBJECT_THAT.match(seg)):
            return pos + m.end() if pos + m.end() < s1 else None  # "told mourners in Shiraz that ..."
        if cue.content == "object" and (oc := OBJECT_COLON.match(text, pos, s1)):
            return oc.end()  # "He told the interviewer: “...”": whom, then the quotation after the colon
        if cue.content == "object":
            addressee = self._addressee(pos, s1)
            if addressee is not None and (TO_VERB.match(text, addressee[1], s1) or
                                          (at := ADDRESSEE_TAIL.match(text, addressee[1], s1)) and
                                          TO_VERB.match(text, at.end(), s1)):
                # "told his supporters to leave the squares": a request, as "urged X to" is (and "told residents of
                # several villages, among them Quneitra, to stay in their homes")
                return addressee[0]
            if addressee is not None and ADDRESSEE_PARTICIPLE.match(text, addressee[1], s1):
                return None  # "Pompeo told reporters travelling with him, adding ...": whom, and no words
            if addressee is not None and not re.match(r"\s*that\b", text[addressee[0]:s1]):
                pos = addressee[1]
            for _ in range(6):
                m = self.cues["adjunct"].match(text[pos:s1].lstrip())
                if m and m.end():
                    pos += len(text[pos:s1]) - len(text[pos:s1].lstrip()) + m.end()
                    continue
                break
            if addressee is not None and (pc := PLACE_COLON.match(text, pos, s1)) is not None:
                return pc.end()  # "told Shalhevet from his bed at Yoseftal: “...”": the quotation
        seg = text[pos:s1]
        # "complained on social media that", "said in a speech in Qom that": a channel, then the content.
        m = CHANNEL_THAT.match(seg)
        if m:
            pos += m.end()
            seg = text[pos:s1]
        m = COMPLEMENTIZER.match(seg)
        pos += m.end()
        if (aside := LEADING_ASIDE.match(text, pos, s1)) is not None:
            # "said that, according to the Syrian authorities, the strike had ...": the source aside
            pos = aside.end()
            pos += COMPLEMENTIZER.match(text[pos:s1]).end()
        seg = text[pos:s1]
        if cue.content == "to":
            m = TO_START.match(seg)
            if m:
                pos += m.end()
        # "reiterated repeated warnings that ..." - a reporting noun before "that".
        m = REPORTING_NOUN_THAT.match(text[pos:s1])
        if m:
            pos += m.end()
        return pos if pos < s1 else None

    def _content_end(self, c0, s1, quotes):
        """End of the clause: the sentence end, a ';' or ', according to' outside quotations."""
        text = self.text
        end = s1
        aside = -1  # the end of an aside in dashes: "the money — the pensions, the school fees — arrives"
        for m in CONTENT_BREAK.finditer(text[c0:s1]):
            p = c0 + m.start()
            if p < aside or any(a < p < b for a, b in quotes):
                continue
            if m.group(0)[1:2] in "–—" and (pd := PAIRED_DASH.match(text, c0 + m.end(), s1)):
                aside = pd.end()
                continue
            end = p
            break
        for m in AND_THE.finditer(text, c0, end):
            # "complained that ..., and the paper’s editorial grumbled that ...": another speaker's statement;
            # "cautioned that ..., and told Washington to “keep its distance.”": the speaker's next one
            if any(a < m.end() < b for a, b in quotes):
                continue
            after_quote = text[m.start() + 1] in "”\""  # ("“...,” and": the comma inside the quotation)
            if m.group(1) is None and (self._verb_that_within(m.end(), end) or
                                       after_quote and HEADLINE_VERB_AHEAD.match(text, m.end(), end) or
                                       # ('called it “a tissue of lies,” and the joint command of Iran’s allies in
                                       # Syria had described it as ...': after a quotation, any reporting verb)
                                       after_quote and self._subject_then_verb(m.end(), end)) or \
                    m.group(1) is not None and (v := self.cues["verb"].match(text, m.end(), end)) and \
                    not (cue := self.cues["forms"][v.group(1).lower()]).weak and (
                        cue.content in ("object", "np") or
                        # "“...,” but cautioned that B": the speaker's next statement
                        after_quote and THAT_AFTER.match(text, v.end(), end)):
                end = m.start() + (2 if after_quote else 0)  # (“...,” and told: the mark too)
                break
        if (tail := RELAY_TAIL.search(text, c0, end)) is not None:
            end = tail.start()  # "... would be targeted, the state-run IRNA agency reported.": not the content
        if self.pending and (s0 := self.pending[-1][0]) < c0 and SUBORDINATE_OPENER_AT.match(text, s0, c0) and \
                "," not in text[s0:c0]:
            # "When Iran announced that it had exceeded the limit, the three governments urged ...": the
            # subordinate clause's words end where the main clause's subject starts
            main = next((m for m in MAIN_SUBJECT_AFTER.finditer(text, c0, end)
                         if not any(a < m.start() < b for a, b in quotes)), None)
            if main is not None and len(TOKEN.findall(text, c0, main.start())) >= 3:
                end = main.start()
        return _trim_end(text, c0, end)

    def _verb_that_within(self, pos, end, words=4):
        """Whether a reporting verb and "that" (maybe after its channel) follow within ``words`` words of ``pos``
        (a subject's head); the words of a name and a relative clause in commas are not counted."""
        text, n = self.text, 0
        for _ in range(words + 8):
            w = WORD_AHEAD.match(text, pos, end) or WORD_BEFORE_ASIDE.match(text, pos, end)
            if w is None:
                return False
            n += not (w.group(0)[:1].isupper() or w.group(0).startswith(("al-", "el-", "bin ", "ibn ")))
            if n > words:
                return False
            pos = w.end()
            if (aside := RELATIVE_ASIDE.match(text, pos, end)) is not None:
                pos = aside.end()  # "and its security official NAME, whose identity is unknown, posted on X that"
            if (v := self.cues["verb"].match(text, pos, end)) and (THAT_AFTER.match(text, v.end(), end) or
                                                                   CHANNEL_THAT.match(text[v.end():end])):
                return True
        return False

    def _subject_then_verb(self, pos, end, words=10):
        """Whether a noun phrase of at most ``words`` words at ``pos`` is the subject of a reporting verb that is not
        weak, right after it or after "had"/"has"/"have" (no other verb between): 'the joint command of Iran’s
        allies in Syria had described', not 'the Americans had chosen the timing to remind'."""
        text, word = self.text, ""
        for _ in range(words):
            if word not in NOUN_DETERMINERS and (v := self.cues["verb"].match(text, pos, end)) is not None:
                return not self.cues["forms"][v.group(1).lower()].weak  # (after "the", "answer" is a noun)
            w = WORD_AHEAD.match(text, pos, end)
            if w is None:
                return False
            word = w.group(0).strip().lower()
            if word in ("had", "has", "have"):
                v = self.cues["verb"].match(text, w.end(), end)
                return v is not None and not self.cues["forms"][v.group(1).lower()].weak
            if word in AUXILIARIES or (word.endswith("ed") and not w.group(0).strip()[:1].isupper()):
                return False  # another verb first: the clause is about them, not theirs
            pos = w.end()
        return False

    def _statement(self, spk, cue, c0, c1, quotes, kind=None, mention=None):
        """A statement of ``spk`` with content ``text[c0:c1]``; ``mention``: where its speaker is named (start,
        end), for the statements whose mention is not the speaker dict's own position."""
        role = spk["role"]
        st = dict(speaker=spk["name"], speaker_role=role, speaker_mention=spk["mention"],
                  kind=kind or "indirect", cue=cue, start=c0, end=c1)
        if role == "unknown" and spk.get("kind", "person") == "person" and capitalised(spk["name"]):
            # a named person with no known office or group, unless the text describes him elsewhere (see
            # _one_role_per_person)
            st.update(speaker_role="other", role_guessed=True)
        if kind is None:
            self._set_kind(st, quotes)
        if mention is not None:
            st["mention_start"], st["mention_end"] = mention
        return st

    def _set_kind(self, st, quotes):
        """direct when the content is one quotation (text becomes the quoted words), else partial/indirect."""
        text = self.text
        c0, c1 = st["start"], st["end"]
        inner = [(a, b) for a, b in quotes if c0 <= a and b <= c1 + 1]
        seg = text[c0:c1]
        has_marks = "“" in seg or "”" in seg or '"' in seg
        if inner and inner[0][0] == c0 and DIRECT_TAIL.match(text[inner[0][1] + 1:c1 + 1] if len(inner) == 1 else "x"):
            a, b = inner[0]
            st["start"], st["end"], st["kind"] = a + 1, _trim_inner(text, a + 1, b), "direct"
        elif inner or has_marks:
            st["kind"] = "partial"
        else:
            st["kind"] = "indirect"


_POS = operator.itemgetter("pos")


def _one_role_per_person(out):
    """A person the text describes once ("Iran's ambassador NAME said") keeps that role where a later
    mention gives none ("“...,” NAME said"): statements whose role was only guessed take the role the
    person's described statements agree on."""
    described = {}
    for st in out:
        if st["kind"] != "narration" and not st.get("role_guessed") and st["speaker_role"] != "unknown":
            described.setdefault(st["speaker"], set()).add(st["speaker_role"])
    for st in out:
        if st.get("role_guessed") and len(roles := described.get(st["speaker"], ())) == 1:
            st["speaker_role"] = next(iter(roles))


def _open_at_end(text, p0, p1, quotes):
    """Offset of an opening double quotation mark left unclosed at the end of the paragraph
    ``text[p0:p1]`` when the next paragraph opens with one (the wire convention for a quotation
    running over paragraphs), else None."""
    if not NEXT_OPENS.match(text, p1):
        return None
    closed = quotes[-1][1] if quotes else p0 - 1
    for mark in ("“", '"'):
        i = text.rfind(mark, max(p0, closed + 1), p1)
        if i >= 0 and p1 - i > 2:
            return i
    return None


def _last_break(seg, participle, breaks=None):
    """End of the last clause break in ``seg`` outside quotation marks (0 when none)."""
    best = 0
    for pat in breaks or (CLAUSE_BREAKS if participle else ALL_BREAKS):
        for m in pat.finditer(seg):
            if seg.count("“", 0, m.start()) > seg.count("”", 0, m.start()) or \
                    seg.count("(", 0, m.start()) > seg.count(")", 0, m.start()):
                continue  # never split inside a quotation or a parenthesis ("Al-Watan (Damascus; pro-government) said")
            best = max(best, m.end())
    return best


def _starting_at(regex, s, firsts):
    """``regex.finditer(s)`` for a regex whose every match starts with one of the words ``firsts``
    (its first words that ``s`` holds): tried only where they occur. Scanning a long alternation
    at every position of a sentence costs more than the few places where a match can start."""
    places = set()
    for w in firsts:
        i = s.find(w)
        while i >= 0:
            places.add(i)
            i = s.find(w, i + 1)
    end = 0
    for i in sorted(places):
        if i >= end and (m := regex.match(s, i)):  # the lookbehind still sees the text before i
            end = m.end()
            yield m


def _mostly(stmts, start, end):
    """Whether ``stmts`` cover more than half of ``text[start:end]`` (a post or a reproduced paragraph
    that is mostly others' reported speech)."""
    return sum(st["end"] - st["start"] for st in stmts) > (end - start) / 2


def _title_before(words, reg):
    """The words of a title just before a name, from ``words`` (the last few before it): back to the
    first lower-case word that is no title word ("IRGC commander Maj. Gen." before NAME; nothing of
    "President NAME received" before the name of the one he received)."""
    keep = []
    for w in reversed(words):
        core = w.strip(",;:()“”\"'’").lower()
        if w[:1].islower() and core not in reg.title_words and not reg.descriptors.get(core):
            break
        keep.append(w)
    return keep[::-1]


def _possessor_before(text, i, a):
    """``POSSESSOR.search(text, i, a)``: tried only when the words hold an apostrophe, which every
    match ends with ("’s", "'s"; most verbs have none before them)."""
    return ("’" in (window := text[i:a]) or "'" in window) and POSSESSOR.search(text, i, a) is not None


def _fewer_tokens(s, n):
    """Whether ``s`` holds fewer than ``n`` ``TOKEN`` words: counted up to ``n`` only (contents are long)."""
    for i, _ in enumerate(TOKEN.finditer(s), 1):
        if i >= n:
            return False
    return True


# "“...” — a caller to state radio’s morning phone-in, April 15": who said it, then what he is or when
DASH_BY = re.compile(r"\s*[—–]\s*(?P<np>[^,;:“”\"\n()]{2,80}?)\s*(?:,[^“”\"\n]{0,100})?\s*")
DASH_BY_PP = re.compile(r"\s+(?:to|at|in|from|of|on|near|with)\s")
QUOTE_LABEL = re.compile(r"\s*(?:[A-Z][A-Z’' ]{2,40}:)?\s*")  # "QUOTE OF THE WEEK:" over a quotation
# The words before a headline given without a verb of its own: "under the banner “", "and the headline “",
# "under a three-word headline: “", "ran a more sober headline, “".
UNDER_HEADLINE = re.compile(r"\b(?:under|with|above|below|and)\s+(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,2}?"
                            r"(?:words|headline|title|caption|slogan|banner|line)\s*$|"
                            # "Its front-page headline, “...,” uses the toll"; "and, in red, “...”"
                            r"(?:\b(?:its|the)|[A-Z][\w\-]*[’']s)\s+(?:[\w\-]+\s+){0,2}?(?:headline|banner)\s*,\s*$|"
                            r"\bin\s+(?:red|black|bold|capitals|block\s+capitals)\s*,?\s*$|"
                            r"\b(?:ran|printed|carried|chose|splashed)\s+(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,2}?"
                            r"(?:headline|banner)\s*,\s*$|"
                            # "ran, without a photograph, the headline “"
                            r"\b(?:ran|printed|carried|splashed)\b[^.;:“”\"]{0,60}?\b(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,2}?"
                            r"(?:headline|banner)\s*$", re.IGNORECASE)
UNDER_FRONTED = re.compile(r"\s*(?:Under|Beneath|Below|With)\s+(?:the|a|an|its)\s+(?:[\w\-]+\s+){0,2}?"
                           r"(?:headline|banner|title|words)\s*")  # a sentence opening "Under the headline “...”"
CAPS_LABEL = re.compile(r"(?:^|\n)([A-Z][A-Z’'\-]{2,}(?: [A-Z][A-Z’'\-]+){0,3}):[ \t]*$")  # "QASSEM: " before a quotation
# A paper and its headline verb after "“...,” and": "and Ham-Mihan ran, without a photograph, the headline".
HEADLINE_VERB_AHEAD = re.compile(r"(?:[\w’'\-]+\s+){1,3}?(?:ran|printed|carried|splashed)\b")
# What a paper printed, named before a colon: "four words in red:", "with a single word across it:", "asked the
# same question in its headline, more bluntly:" (a known outlet's only).
PRINTED_WORDS = re.compile(r"\b(?:headline|banner|words?|line|question|caption|slogan|letters|capitals)\b[^:;“”\"]{0,40}$",
                           re.IGNORECASE)
UNDER_WORDS = re.compile(UNDER_HEADLINE.pattern + "|"
                         r"\b(?:headlined|titled|captioned)\s*$|"
                         # "set the tone with a headline across a photograph of the silos: “...”"
                         r"\bwith\s+(?:a|the|its)\s+(?:front[- ]page\s+|banner\s+)?headline\b[^:;“”\"]{0,80}$|"
                         # "printed its main headline in Hebrew, with the Persian underneath:", "asked, in huge type:"
                         r"\b(?:printed|ran|carried|splashed|set)\s+(?:its|a|the)\s+(?:[a-z\-]+\s+){0,2}?"
                         r"(?:headline|banner|front[- ]page)\b[^:;“”\"]{0,80}$|"
                         r"\bin\s+(?:huge|large|big|giant|bold|red|block|capital|enormous)\s+(?:type|letters|capitals|print)"
                         r"\b[^:;“”\"]{0,40}$",
                         re.IGNORECASE)
# An editor's or translator's note in brackets: the page's voice, never a statement.
# A translator's note in brackets glosses the words before it ("[Translator's note: the headline echoes an
# elegy.]"): no one's speech. (An editor's note is the page's narration: the speech it reports counts.)
TRANSLATORS_NOTE = re.compile(r"\[\s*translator\b[^\]:]{0,20}:", re.IGNORECASE)
HEADLINE_LABEL = re.compile(r"\s*(?:(?:its|the)\s+)?(?:(?:front[- ]page|main|banner|lead)\s+)?headline\s*", re.IGNORECASE)
# A press review's section heading in capitals, a line of its own: "KAYHAN (hardline)", "FARS NEWS AGENCY".
OUTLET_HEADING = re.compile(r"([A-Z][\w’'\-]+(?:[ \-][A-Z][\w’'\-]+){0,3})[ \t]*\(([^()\n]{2,60})\)[ \t]*")  # "Al-Mada (independent daily)"
HEADING = re.compile(r"([A-Z][A-Z’'\-]+(?: [A-Z][A-Z’'\-]+){0,4})[ \t]*(?:\([^()\n]{0,120}\))?[ \t]*(?:\n|$)")


def _heading_apart(text, s0, s1):
    """A sentence over lines that stand apart: a heading line in capitals ("KAYHAN (hardline)\nThe paper
    said ..."), a line ending in a closing quotation mark before a capital ("Front-page headline: «...»\nThe
    paper's editorial said ..."), a first line with no full stop over a much longer one (a headline over its
    snippet). Such lines end their sentence."""
    m = HEADING.match(text, s0, s1)
    cuts = [m.end() - 1] if m is not None and m.end() < s1 and text[m.end() - 1] == "\n" else []
    nl = text.find("\n", s0, s1)
    if 0 <= nl and text[nl + 1:nl + 2].isupper() and text[s0:nl].rstrip()[-1:] not in ".!?:;,»”\"":
        nl2 = text.find("\n", nl + 1)  # (the next line's whole length, past this sentence's end)
        if (len(text) if nl2 < 0 else nl2) - nl > max(120, 1.5 * (nl - s0)):
            cuts.append(nl)  # a headline over its snippet, not wrapped text: "Iran launches ...\nIran launched ..."
    while nl >= 0:
        before, after = text[s0:nl].rstrip()[-1:], text[nl + 1:nl + 2]
        if before in "»”\"" and (after.isupper() or after in "«“\""):
            cuts.append(nl)
        nl = text.find("\n", nl + 1, s1)
    if not cuts:
        return [(s0, s1)]
    parts, start = [], s0
    for cut in sorted(set(cuts)):
        if cut > start:
            parts.append((start, _trim_end(text, start, cut)))
        start = cut + 1
    parts.append((start, s1))
    return [(a, b) for a, b in parts if b > a]


LIVE_STAMP = re.compile(r"\s*(\d{1,2})[:.](\d{2})\b")


def _newest_first(text, segments):
    """A live blog's entries, when its time stamps ("14:05 GMT —", boilerplate lines) run newest first:
    the (start, end) regions of the text to read in time order (what stands before the first stamp,
    then the entries from the page's last to its first), else None."""
    stamps = []
    for kind, a, b, _ in segments:
        if kind == "boilerplate" and b - a < 40 and (m := LIVE_STAMP.match(text[a:b])):
            stamps.append((a, int(m.group(1)) * 60 + int(m.group(2))))
    steps = [t1 - t0 for (_, t0), (_, t1) in zip(stamps, stamps[1:])]
    if len(stamps) < 3 or any(d > 0 for d in steps) or sum(d < 0 for d in steps) < 2:
        return None
    starts = [a for a, _ in stamps]
    entries = list(zip(starts, starts[1:] + [len(text)]))
    return [(0, starts[0])] + entries[::-1]


def _has_quote(s):
    return QUOTE_MARK.search(s) is not None


def _quoted_at(text, s0, a):
    """Whether offset ``a`` lies inside a quotation opened after ``s0``."""
    return text.count("“", s0, a) > text.count("”", s0, a) or text.count('"', s0, a) % 2 == 1


def _plural(mention):
    """Whether a mention names several people: a plural head noun ("their families", "senior officials
    of the ministry") or a people ("the Americans", "Iranians"), which "he" and "she" never refer to."""
    words = TOKEN.findall(mention)
    head = next((w for i, w in enumerate(words) if i + 1 == len(words) or words[i + 1].lower() in HEAD_ENDS), "")
    return PLURAL_HEAD.search(head) is not None or PLURAL_PEOPLE.fullmatch(mention.strip()) is not None


def _overlaps(spans, pos):
    return any(a <= pos < b for a, b in spans)


def _coordinator(text, last, a, cue):
    """The conjunction (a match) joining the cue verb at ``a`` to the statement ``last`` before it, whose
    speaker then says this too: "said A and called on B", "said A, warned that B, and called on C";
    None when the verb has a subject of its own ("and even the UN envoy, Staffan de Mistura, admitted")."""
    if m := COORDINATED.search(text, max(last["start"], a - 40), a):
        return m
    if cue.participle or cue.form[-1] not in "dt" or " " in cue.form or last["end"] <= a:
        return None
    if NAME_BEFORE_COMMA.search(text, max(last["start"], a - 60), a) or \
            AND_SUBJECT_WHO.search(text, max(last["start"], a - 240), a) or \
            AND_SUBJECT_APPOSITIVE.search(text, max(last["start"], a - 140), a):
        return None
    return COORDINATED_COMMA.search(text, max(last["start"], a - 4), a)


def _trim_end(text, c0, c1):
    """Drop trailing spaces, footnote marks and sentence punctuation outside quotation marks."""
    while c1 > c0:
        seg = text[c0:c1]
        # A footnote mark can only end there ("$" also matches before a final line end): most
        # contents end otherwise, and a search would try every position.
        m = FOOTNOTE.search(seg) if seg.endswith(("]", "]\n")) else None
        if m:
            c1 = c0 + m.start()
            continue
        if seg[-1] in " \t\n.,;:\u00a0–—-" or (seg[-1] == ")" and seg.count("(") < seg.count(")")) or \
                seg[-1] == "]" and seg.count("[") < seg.count("]"):  # "[Editor's note: X said A.]"
            c1 -= 1
            continue
        break
    return c1


def _cut_at(text, pattern, c0, c1):
    """``c1``, or the trimmed end before the first match of ``pattern`` in ``text[c0:c1]`` outside
    quotation marks."""
    cut = next((m for m in pattern.finditer(text, c0, c1) if not _quoted_at(text, c0, m.start())), None)
    return c1 if cut is None else _trim_end(text, c0, cut.start())


def _join_open_quotes(text, out):
    """One quotation that runs over paragraphs (each opens with a quotation mark, none but the last
    closes: the wire style) is one statement, paragraph breaks and reopening marks included."""
    joined = []
    for st in out:
        prev = joined[-1] if joined else None
        if prev is not None and st["kind"] == prev["kind"] == "direct" and st["cue"] == "continued" and \
                st["speaker"] == prev["speaker"] and OPEN_GAP.fullmatch(text, prev["end"], st["start"]):
            prev["end"] = st["end"]
            continue
        joined.append(st)
    return joined


def _carried(p_idx, spk, cue, s1):
    """``_lead_in``'s answer: paragraph ``p_idx`` leads a quotation paragraph in to ``spk``."""
    return p_idx, dict(speaker=spk["name"], speaker_role=spk["role"], speaker_mention=spk["mention"],
                       kind="direct", cue=cue, start=s1, end=s1, sent=-1, para=p_idx)


def _writer(entry, piece):
    """A history entry for a signed piece's author, whom "the column" and "It opens like this:" then stand for:
    a paper's writer (outlet) unless his role is known."""
    return dict(entry, piece=piece.lower(), role=entry["role"] if entry["role"] != "unknown" else "outlet")


def _trim_inner(text, a, b):
    """End of a quotation's words: drop a trailing comma inside the marks."""
    while b > a and text[b - 1] in " ,":
        b -= 1
    return b


def _merge_over_quotes(sents, quotes):
    """Join sentences that a quotation spans ("He said: “We won. They lost.”")."""
    out = []
    for s in sents:
        if out and any(a < out[-1][1] <= b and a < s[0] for a, b in quotes if a >= out[-1][0] - 1):
            out[-1] = (out[-1][0], s[1])
        else:
            out.append(s)
    return out
