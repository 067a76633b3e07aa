"""Column contracts of the tables every stage exchanges.

Each stage takes and returns pandas DataFrames with these columns (extra
columns are allowed and kept). Keeping the names in one place lets stages,
the CLI, the report and the tests agree without importing each other.

>>> "speaker" in STATEMENTS
True
"""
import numpy as np
import pandas as pd

#: One row per input document (``documents.csv``).
DOCUMENTS = [
    "doc_id",        # file name without extension (or file name + row number for jsonl/csv)
    "path",          # where it was read from
    "outlet", "title", "author", "date", "url",   # from metadata.csv where given
    "n_chars",       # length of the decoded text
    "n_statements",  # statements found (narration excluded)
    "duplicate_of",  # doc_id of the document this one reposts, else empty
    "status",        # "ok" or why the file was skipped
]

#: One row per statement (``statements.csv``).
STATEMENTS = [
    "statement_id",     # "<doc_id>:<n>", stable within a run
    "doc_id", "outlet", "date",
    "speaker",          # canonical name (registry) or the name as written
    "speaker_role",     # official, outlet, organization, commenter, author, other, unknown
    "speaker_mention",  # the words in the text that name the speaker
    "kind",             # direct, partial, indirect, headline, comment, narration
    "cue",              # the speech verb or phrase ("said", "according to", "says:")
    "text",             # the statement's content exactly as in the document
    "start", "end",     # offsets of ``text`` in the document text
    "duplicate",        # True when the document reposts another one
    "frames",           # frame ids joined by ";" (empty when none)
    "stance",           # score in [-1, 1] toward the first stance target
]

#: One row per frame match (``frame_hits.csv``).
FRAME_HITS = [
    "statement_id", "doc_id", "frame", "pattern", "matched",
    "start", "end",     # offsets of the matched words in the document text
    "left", "right",    # keyword-in-context windows
]

#: Values of ``speaker_role``.
ROLES = ["official", "outlet", "organization", "commenter", "author", "other", "unknown"]

#: Values of ``kind``; "narration" rows are the author's own voice.
KINDS = ["direct", "partial", "indirect", "headline", "comment", "narration"]


#: How a true ``duplicate`` reads back from CSV, a spreadsheet or a hand-made table (lower-cased).
TRUE = frozenset({"true", "1", "1.0", "yes", "y", "t"})


def as_bool(values: pd.Series) -> pd.Series:
    """A boolean column (``duplicate``) however it was read back: bool, 0/1, "True", " yes", NaN.

    >>> as_bool(pd.Series(["True", " yes", "0", None, 1, "1.0", "t"])).tolist()
    [True, True, False, False, True, True, True]
    """
    if values.dtype == bool:
        return values
    if values.dtype == object:  # distinct Python objects may hash equal (1, 1.0, True): one by one
        hit = np.fromiter((str(v).strip().lower() in TRUE for v in values), dtype=bool, count=len(values))
    else:  # once per distinct value: a column holds few
        codes, uniques = pd.factorize(values, use_na_sentinel=False)
        hit = np.array([str(u).strip().lower() in TRUE for u in uniques], dtype=bool)[codes]
    return pd.Series(hit, index=values.index, dtype=bool)


def is_score(column: str) -> bool:
    """Whether ``column`` holds stance scores: ``stance`` or ``stance_<target>`` (not the evidence,
    the kept lexicon evidence, or an aggregate's ``_mean``/``_lo``/``_hi``).

    >>> [c for c in ["stance", "stance_axis", "stance_evidence", "stance_lex", "stance_axis_mean"] if is_score(c)]
    ['stance', 'stance_axis']
    """
    return column == "stance" or (column.startswith("stance_") and column not in ("stance_evidence", "stance_lex")
                                  and not column.endswith(("_mean", "_lo", "_hi")))
